import Foundation
import Testing

@testable import Taalmaat

/// YAML syntax errors reach the user in Dutch, at the right place, without
/// libyaml's English wording.
@Suite struct ConfigurationLoaderTests {
    let loader = ConfigurationLoader(rules: [])
    let folder = URL(fileURLWithPath: NSTemporaryDirectory())

    func loadError(for yaml: String) -> ConfigurationError? {
        do {
            _ = try loader.load(text: yaml, path: ".taalmaat.yml", directory: folder)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("profiel: brief\nregels: zin.lang: uit\n", "dubbele punt die daar niet mag", 2),
        ("profiel: brief\nregels:\n\tzin.lang: uit\n", "tab", 3),
        ("profiel: \"brief\n", "te vroeg op", 2),
        ("negeren: [archief/**\n", "niet goed afgesloten", 2),
    ])
    func syntaxErrorsAreDutchAndLocated(yaml: String, fragment: String, line: Int) throws {
        let error = try #require(loadError(for: yaml))
        #expect(error.message.contains(fragment), "\(error.message)")
        #expect(error.line == line)
        for english in ["mapping", "found", "expected", "stream", "token"] {
            #expect(!error.message.contains(english), "English in \(error.message)")
        }
    }

    @Test func anUnknownProblemGetsTheGeneralDutchMessage() {
        #expect(
            NodeReader.dutchMessage(forYAMLProblem: "something new in libyaml")
                == "Dit is geen geldige YAML. Kijk naar de inspringing en de dubbele punten.")
    }
}
