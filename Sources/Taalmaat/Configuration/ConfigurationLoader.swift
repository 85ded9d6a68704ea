import Foundation
import TaalmaatText
import Yams

/// Reads and checks a `.taalmaat.yml`. Every unknown key and every bad value is an
/// error with its line and column and a Dutch message that says what to write.
public struct ConfigurationLoader: Sendable {
    /// The rules that exist, to check rule names and threshold keys.
    public let rules: [RuleDescription]

    public init(rules: [RuleDescription]) {
        self.rules = rules
    }

    static let topLevelKeys = [
        "profiel", "profielen", "regels", "woordenlijsten", "toegestane-woorden", "toegestane-woorden-bestand",
        "invulvelden", "bestanden", "negeren", "minimale-ernst", "falen-bij", "max-waarschuwingen", "basislijn",
        "woordenboek", "hunspell",
    ]

    public func load(contentsOf url: URL) throws(ConfigurationError) -> ProjectConfiguration {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ConfigurationError(path: url.path, line: 1, column: 1, message: "Dit bestand kan niet worden gelezen.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(path: url.path, line: 1, column: 1, message: "Dit bestand is geen UTF-8-tekst.")
        }
        return try load(text: text, path: url.path, directory: url.deletingLastPathComponent())
    }

    public func load(text: String, path: String, directory: URL) throws(ConfigurationError) -> ProjectConfiguration {
        var configuration = ProjectConfiguration(directory: directory)
        configuration.file = URL(fileURLWithPath: path)
        configuration.acceptedWords = ProjectConfiguration.acceptedWords(in: directory)
        let reader = NodeReader(path: path)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw reader.error(for: error)
        } catch {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "Dit bestand is geen geldige YAML.")
        }
        guard let root else { return configuration }  // an empty file: defaults
        guard let mapping = root.mapping else {
            throw reader.error(root, "Zet de instellingen onder elkaar als 'naam: waarde'.")
        }
        for (keyNode, value) in mapping {
            let key = try reader.string(keyNode)
            switch key {
            case "profiel":
                configuration.profile = try reader.profile(value)
            case "profielen":
                guard let profiles = value.mapping else {
                    throw reader.error(value, "Schrijf per map of patroon een profiel, zoals 'brieven/**: brief'.")
                }
                for (pattern, profile) in profiles {
                    configuration.profilesByPath.append((Glob(try reader.string(pattern)), try reader.profile(profile)))
                }
            case "regels":
                configuration.rules = try readRules(value, reader: reader)
            case "woordenlijsten":
                configuration.extraWordLists = try readWordLists(value, reader: reader, directory: directory)
            case "toegestane-woorden":
                for word in try reader.strings(value) { configuration.acceptedWords.insert(WordNormalizer.normalize(word)) }
            case "toegestane-woorden-bestand":
                let file = directory.appendingPathComponent(try reader.string(value))
                guard let contents = try? String(contentsOf: file, encoding: .utf8) else {
                    throw reader.error(value, "Het bestand \(file.path) kan niet worden gelezen.")
                }
                for line in contents.split(separator: "\n") {
                    let word = line.trimmingCharacters(in: .whitespaces)
                    if !word.isEmpty, !word.hasPrefix("#") { configuration.acceptedWords.insert(WordNormalizer.normalize(word)) }
                }
            case "invulvelden":
                try readPlaceholders(value, reader: reader, into: &configuration)
            case "bestanden":
                configuration.include = try reader.strings(value).map(Glob.init)
            case "negeren":
                configuration.exclude = try reader.strings(value).map(Glob.init)
            case "minimale-ernst":
                configuration.minimumSeverity = try reader.severity(value)
            case "falen-bij":
                configuration.failOn = try reader.severity(value)
            case "max-waarschuwingen":
                configuration.maximumWarnings = try reader.integer(value, minimum: 0)
            case "basislijn":
                configuration.baseline = directory.appendingPathComponent(try reader.string(value)).path
            case "woordenboek":
                configuration.dictionaryDirectory = directory.appendingPathComponent(try reader.string(value)).path
            case "hunspell":
                configuration.hunspellDictionary = try reader.string(value)
            default:
                throw reader.error(keyNode, "Onbekende instelling '\(key)'." + Suggester.hint(key, among: Self.topLevelKeys))
            }
        }
        return configuration
    }

    // MARK: - Sections

    private func readRules(_ node: Node, reader: NodeReader) throws(ConfigurationError) -> [String: RuleSetting] {
        guard let mapping = node.mapping else {
            throw reader.error(node, "Zet onder 'regels' per regel een waarde, zoals 'zin.lang: uit'.")
        }
        let ids = rules.map(\.id.rawValue)
        let categories = RuleCategory.allCases.map(\.rawValue)
        var result: [String: RuleSetting] = [:]
        for (keyNode, value) in mapping {
            let name = try reader.string(keyNode)
            let rule = rules.first { $0.id.rawValue == name }
            guard rule != nil || categories.contains(name) else {
                throw reader.error(keyNode, "Taalmaat kent geen regel '\(name)'." + Suggester.hint(name, among: ids + categories))
            }
            result[name] = try readRuleSetting(value, rule: rule, reader: reader)
        }
        return result
    }

    private func readRuleSetting(_ node: Node, rule: RuleDescription?, reader: NodeReader) throws(ConfigurationError) -> RuleSetting {
        if let scalar = node.scalar {
            switch scalar.string.lowercased() {
            case "uit", "false", "nee": return RuleSetting(enabled: false)
            case "aan", "true", "ja": return RuleSetting(enabled: true)
            default:
                guard let severity = Severity(name: scalar.string) else {
                    throw reader.error(node, "Schrijf 'aan', 'uit' of een ernst: tip, waarschuwing of fout.")
                }
                return RuleSetting(enabled: true, severity: severity)
            }
        }
        guard let mapping = node.mapping else {
            throw reader.error(node, "Schrijf 'aan', 'uit', een ernst, of instellingen zoals 'ernst: fout'.")
        }
        var setting = RuleSetting()
        let thresholdKeys = rule?.thresholds.map(\.key) ?? []
        for (keyNode, value) in mapping {
            let key = try reader.string(keyNode)
            switch key {
            case "aan":
                setting.enabled = try reader.boolean(value)
            case "ernst":
                setting.severity = try reader.severity(value)
            default:
                guard thresholdKeys.contains(key) else {
                    let known = ["aan", "ernst"] + thresholdKeys
                    throw reader.error(
                        keyNode,
                        "De regel \(rule?.id.rawValue ?? "") heeft geen instelling '\(key)'. Mogelijk: \(known.joined(separator: ", ")).")
                }
                setting.thresholds[key] = try reader.number(value)
            }
        }
        return setting
    }

    private func readWordLists(_ node: Node, reader: NodeReader, directory: URL) throws(ConfigurationError) -> [ExtraWordList] {
        guard let sequence = node.sequence else {
            throw reader.error(node, "Geef een lijst, zoals '- bestand: eigen-vaktaal.tsv' met daaronder 'regel: woord.vaktaal'.")
        }
        var lists: [ExtraWordList] = []
        for item in sequence {
            guard let mapping = item.mapping else {
                throw reader.error(item, "Geef per woordenlijst 'bestand' en 'regel'.")
            }
            var file: String?
            var ruleName: String?
            for (keyNode, value) in mapping {
                switch try reader.string(keyNode) {
                case "bestand": file = try reader.string(value)
                case "regel": ruleName = try reader.string(value)
                case let other: throw reader.error(keyNode, "Onbekende instelling '\(other)'. Gebruik 'bestand' en 'regel'.")
                }
            }
            guard let file, let ruleName else { throw reader.error(item, "Geef per woordenlijst 'bestand' en 'regel'.") }
            guard rules.contains(where: { $0.id.rawValue == ruleName && !$0.wordLists.isEmpty }) else {
                throw reader.error(item, "De regel '\(ruleName)' gebruikt geen woordenlijsten. Kies bijvoorbeeld woord.vaktaal of woord.ambtelijk.")
            }
            let url = directory.appendingPathComponent(file)
            guard let contents = try? String(contentsOf: url, encoding: .utf8) else {
                throw reader.error(item, "Het bestand \(url.path) kan niet worden gelezen.")
            }
            lists.append(ExtraWordList(rule: RuleID(ruleName), name: url.path, contents: contents))
        }
        return lists
    }

    private func readPlaceholders(_ node: Node, reader: NodeReader, into configuration: inout ProjectConfiguration) throws(ConfigurationError) {
        guard let mapping = node.mapping else {
            throw reader.error(node, "Schrijf onder 'invulvelden' de sleutels 'herkennen' en 'sjabloon'.")
        }
        for (keyNode, value) in mapping {
            let styles = try reader.strings(value).map { text throws(ConfigurationError) -> PlaceholderStyle in
                guard let style = PlaceholderStyle.allCases.first(where: { $0.rawValue == text || $0.rawValue.replacingOccurrences(of: "naam", with: "") == text }) else {
                    throw reader.error(value, "Onbekende vorm '\(text)'. Mogelijk: \(PlaceholderStyle.allCases.map(\.rawValue).joined(separator: " "))")
                }
                return style
            }
            switch try reader.string(keyNode) {
            case "herkennen": configuration.placeholderStyles = Set(styles)
            case "sjabloon": configuration.templatePlaceholders = Set(styles)
            case let other: throw reader.error(keyNode, "Onbekende instelling '\(other)'. Gebruik 'herkennen' of 'sjabloon'.")
            }
        }
    }
}

/// Reads typed values from YAML nodes and turns problems into located errors.
struct NodeReader {
    let path: String

    func error(_ node: Node, _ message: String) -> ConfigurationError {
        ConfigurationError(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, message: message)
    }

    func error(for yamlError: YamlError) -> ConfigurationError {
        switch yamlError {
        case .scanner(_, let problem, let mark, let yaml), .parser(_, let problem, let mark, let yaml), .composer(_, let problem, let mark, let yaml):
            // libyaml calls a tab "a character that cannot start any token"; say what it is.
            let message = Self.isTab(in: yaml, line: mark.line, column: mark.column)
                ? Self.tabMessage : Self.dutchMessage(forYAMLProblem: problem)
            return ConfigurationError(path: path, line: mark.line, column: mark.column, message: message)
        default:
            return ConfigurationError(path: path, line: 1, column: 1, message: "Dit bestand is geen geldige YAML.")
        }
    }

    static let tabMessage = "Hier staat een tab. Spring in met spaties."

    /// Whether the character at a 1-based line and column of `yaml` is a tab.
    static func isTab(in yaml: String, line: Int, column: Int) -> Bool {
        guard line >= 1, column >= 1 else { return false }
        let lines = yaml.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false)
        guard line <= lines.count else { return false }
        let text = lines[line - 1]
        guard let index = text.index(text.startIndex, offsetBy: column - 1, limitedBy: text.endIndex),
            index < text.endIndex
        else { return false }
        return text[index] == "\t"
    }

    /// libyaml explains problems in English; users get a Dutch sentence instead.
    static func dutchMessage(forYAMLProblem problem: String) -> String {
        let known: [(String, String)] = [
            ("mapping values are not allowed", "Hier staat een dubbele punt die daar niet mag. Zet de waarde tussen aanhalingstekens of begin een nieuwe regel."),
            ("could not find expected ':'", "Hier mist een dubbele punt na de naam van de instelling."),
            ("did not find expected key", "Hier verwacht Taalmaat een nieuwe instelling. Kijk of de inspringing klopt."),
            ("did not find expected '-' indicator", "Hier verwacht Taalmaat een regel van de lijst, die met '-' begint. Kijk of de inspringing klopt."),
            ("tab", tabMessage),
            ("cannot start any token", "Met dit teken mag een waarde niet beginnen. Zet de waarde tussen aanhalingstekens."),
            ("unexpected end of stream", "Het bestand houdt te vroeg op. Mist er een aanhalingsteken of haakje?"),
            ("did not find expected node content", "Hier ontbreekt een waarde."),
            ("unknown escape character", "Tussen de aanhalingstekens staat een onbekende code met '\\'. Gebruik enkele aanhalingstekens."),
            ("did not find expected ',' or ']'", "Een lijst tussen [ en ] is niet goed afgesloten. Mist er een komma of ']'?"),
            ("did not find expected ',' or '}'", "Een groep tussen { en } is niet goed afgesloten. Mist er een komma of '}'?"),
        ]
        let lowered = problem.lowercased()
        for (fragment, message) in known where lowered.contains(fragment.lowercased()) { return message }
        return "Dit is geen geldige YAML. Kijk naar de inspringing en de dubbele punten."
    }

    func string(_ node: Node) throws(ConfigurationError) -> String {
        guard let scalar = node.scalar else { throw error(node, "Hier hoort één waarde, geen lijst.") }
        return scalar.string
    }

    func strings(_ node: Node) throws(ConfigurationError) -> [String] {
        if let scalar = node.scalar { return [scalar.string] }
        guard let sequence = node.sequence else { throw error(node, "Hier hoort een lijst met waarden.") }
        var values: [String] = []
        for item in sequence { values.append(try string(item)) }
        return values
    }

    func profile(_ node: Node) throws(ConfigurationError) -> Profile {
        let name = try string(node)
        guard let profile = Profile(rawValue: name) else {
            throw error(node, "Onbekend profiel '\(name)'. Kies uit: brief, verslag, kind, intern.")
        }
        return profile
    }

    func severity(_ node: Node) throws(ConfigurationError) -> Severity {
        let name = try string(node)
        guard let severity = Severity(name: name) else {
            throw error(node, "Onbekende ernst '\(name)'. Kies uit: tip, waarschuwing, fout.")
        }
        return severity
    }

    func boolean(_ node: Node) throws(ConfigurationError) -> Bool {
        switch try string(node).lowercased() {
        case "aan", "ja", "true": return true
        case "uit", "nee", "false": return false
        default: throw error(node, "Schrijf 'aan' of 'uit'.")
        }
    }

    func number(_ node: Node) throws(ConfigurationError) -> Double {
        guard let value = Double(try string(node).replacingOccurrences(of: ",", with: ".")), value >= 0 else {
            throw error(node, "Hier hoort een getal van 0 of meer.")
        }
        return value
    }

    func integer(_ node: Node, minimum: Int) throws(ConfigurationError) -> Int {
        guard let value = Int(try string(node)), value >= minimum else {
            throw error(node, "Hier hoort een heel getal van \(minimum) of meer.")
        }
        return value
    }
}

/// "Bedoelt u …?" for a mistyped name: of configuration keys, rule ids in the
/// configuration and in suppressions, and `taalmaat explain`.
public enum Suggester {
    public static func hint(_ name: String, among candidates: [String]) -> String {
        closest(to: name, among: candidates).map { " Bedoelt u '\($0)'?" } ?? ""
    }

    /// The first candidate nearest to `name` (ignoring case), if at most
    /// `maximumDistance` edits away (default: a third of the name, at least 2).
    public static func closest(to name: String, among candidates: [String], maximumDistance: Int? = nil) -> String? {
        let target = name.lowercased()
        let best = candidates.map { ($0, distance(target, $0.lowercased())) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= (maximumDistance ?? max(2, name.count / 3)) else { return nil }
        return best.0
    }

    /// Levenshtein distance over characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
