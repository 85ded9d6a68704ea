import Foundation
import Testing

@Suite struct SmokeTests {
    @Test func versionAndHelpWork() throws {
        let version = try TaalmaatExecutable.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.contains("0.1.0"))
        let help = try TaalmaatExecutable.run(["--help"])
        #expect(help.output.contains("Exitcodes"))
    }

    @Test func checksTheSampleLetter() throws {
        let run = try TaalmaatExecutable.run(["check", "Fixtures/voorbeeldbrief.txt"])
        #expect(run.status == 1, "the sample letter has errors: \(run.errorOutput)")
        #expect(run.output.contains("woord.ambtelijk"))
        #expect(run.output.contains("Stress:"))
    }
}
