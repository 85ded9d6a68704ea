/// A unified diff (`diff -u` style) between two texts, for `taalmaat fix --dry-run`.
enum UnifiedDiff {
    static func make(old: String, new: String, path: String, context: Int = 3) -> String {
        let a = lines(old)
        let b = lines(new)
        let script = editScript(a, b)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var out = "--- \(path)\n+++ \(path)\n"
        var index = 0
        while index < script.count {
            guard script[index].kind != .same else {
                index += 1
                continue
            }
            // A hunk: from `context` lines before the first change to `context` lines
            // after the last change that is not separated by more than 2 × context.
            var end = index
            var lastChange = index
            while end < script.count {
                if script[end].kind != .same { lastChange = end }
                if end - lastChange > context * 2 { break }
                end += 1
            }
            let start = max(0, index - context)
            let stop = min(script.count, lastChange + context + 1)
            let slice = script[start..<stop]
            let oldStart = (slice.first?.oldIndex ?? 0) + 1
            let newStart = (slice.first?.newIndex ?? 0) + 1
            let oldCount = slice.filter { $0.kind != .insert }.count
            let newCount = slice.filter { $0.kind != .delete }.count
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for line in slice {
                switch line.kind {
                case .same: out += " " + terminated(a[line.oldIndex])
                case .delete: out += "-" + terminated(a[line.oldIndex])
                case .insert: out += "+" + terminated(b[line.newIndex])
                }
            }
            index = stop
        }
        return out
    }

    struct Line {
        enum Kind { case same, delete, insert }
        let kind: Kind
        let oldIndex: Int
        let newIndex: Int
    }

    static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" || character == "\r\n" {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    static func terminated(_ line: String) -> String {
        line.hasSuffix("\n") ? line : line + "\n\\ Geen regeleinde aan het eind van het bestand\n"
    }

    /// Longest-common-subsequence edit script; letters are small, so O(n·m) is fine.
    static func editScript(_ a: [String], _ b: [String]) -> [Line] {
        let n = a.count, m = b.count
        var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var script: [Line] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                script.append(Line(kind: .same, oldIndex: i, newIndex: j))
                i += 1
                j += 1
            } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
                // Removed lines before added ones, as `diff -u` shows them.
                script.append(Line(kind: .delete, oldIndex: i, newIndex: j))
                i += 1
            } else {
                script.append(Line(kind: .insert, oldIndex: i, newIndex: j))
                j += 1
            }
        }
        return script
    }
}
