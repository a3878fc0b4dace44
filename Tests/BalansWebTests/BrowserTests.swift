import BalansTestSupport
import Foundation
import Testing

/// The browser test (issue 7): Tests/Browser/workflow.py drives headless Chromium through
/// Selenium — log in, enter a forecast, submit, approve as another user, see the report
/// change — and leaves screenshots in $BALANS_ARTIFACTS. On CI (`CI=true`, where .ci/run
/// installs Chromium and Selenium) it must run; elsewhere it runs when they are installed.
@Suite struct BrowserTests {
    static var available: Bool {
        let chromedriver = ["/usr/bin/chromedriver", "/usr/local/bin/chromedriver"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import selenium"]
        p.standardError = FileHandle.nullDevice
        guard chromedriver, (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    @Test(
        .enabled(
            if: available || ProcessInfo.processInfo.environment["CI"] == "true",
            "headless Chromium, chromedriver or Selenium not installed"),
        arguments: TestBackend.all)
    func forecastWorkflowInChromium(_ backend: TestBackend) async throws {
        let binary = WebFixture.binary
        let script = WebFixture.repoRoot.appendingPathComponent("Tests/Browser/workflow.py").path
        // SQLite: the demo's own file; PostgreSQL: a new database on the test server.
        let arguments =
            ["python3", script, binary]
            + (backend == .postgres ? [try await backend.newDatabase(in: FileManager.default.temporaryDirectory)] : [])
        let r = try await runProcess("/usr/bin/env", arguments)
        let text = String(decoding: r.stdout + r.stderr, as: UTF8.self)
        #expect(r.status == 0, "\(text)")
        #expect(text.contains("browser workflow ok"))
    }
}
