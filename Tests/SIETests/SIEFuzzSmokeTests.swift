import Foundation
import Testing
@testable import SIE

/// The fuzzing of Fuzz/README.md, short enough for every test run: mutated SIE files never
/// crash the reader, every problem has a line inside the file, what is accepted balances and
/// survives a write and a second read.
@Suite struct SIEFuzzSmokeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Fuzz/corpus")

    static func seeds() throws -> [[UInt8]] {
        try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted().map {
            Array(try Data(contentsOf: corpus.appendingPathComponent($0)))
        }
    }

    /// The invariants the libFuzzer harness (Fuzz/SIEFuzz/main.swift) checks, as test issues.
    static func check(_ bytes: [UInt8]) {
        let lineCount = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        do {
            let doc = try SIEReader.read(bytes)
            for v in doc.vouchers {
                #expect(v.transactions.reduce(Int64(0)) { $0 &+ $1.amount.hundredths } == 0, "unbalanced voucher accepted: \(bytes)")
            }
            #expect(throws: Never.self, "writer output of an accepted file must read back: \(bytes)") { try SIEReader.read(SIEWriter.write(doc)) }
        } catch {
            for issue in error.issues {
                #expect(!issue.message.isEmpty)
                if let line = issue.line { #expect((1...lineCount).contains(line), "line \(line) of \(lineCount): \(issue.message)") }
            }
        }
    }

    @Test func twentyThousandMutations() throws {
        let seeds = try Self.seeds()
        #expect(seeds.count >= 5)
        let tokens: [[UInt8]] = ["#VER ", "#TRANS ", "{", "}", "\"", "\\", "\n", " ", "#KSUMMA", "-", ".", "0", "99999999999999999999", "\u{00E5}"].map { Array($0.utf8) } + [[0x86], [0xEF, 0xBB, 0xBF], [0x0D]]
        var random = Random(seed: 20_241_124)
        for i in 0..<20_000 {
            var bytes = seeds[i % seeds.count]
            for _ in 0..<(1 + random.next(4)) {
                guard !bytes.isEmpty else { bytes = tokens[random.next(tokens.count)]; continue }
                let at = random.next(bytes.count)
                switch random.next(6) {
                case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next(256))
                case 1: bytes.insert(contentsOf: tokens[random.next(tokens.count)], at: at)
                case 2: bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.next(16)))
                case 3: bytes = Array(bytes[..<at])   // truncated
                case 4:   // a line duplicated
                    let start = bytes[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                    let end = bytes[at...].firstIndex(of: 0x0A) ?? bytes.count
                    bytes.insert(contentsOf: bytes[start..<end] + [0x0A], at: start)
                default: bytes[at] = [0x7B, 0x7D, 0x22, 0x20, 0x0A][random.next(5)]
                }
            }
            Self.check(bytes)
        }
    }

    /// libFuzzer itself for 20 seconds, when the toolchain can build it (it can in CI; set
    /// BALANS_SKIP_LIBFUZZER to skip it locally).
    @Test(.timeLimit(.minutes(3)))
    func libFuzzerShortRun() throws {
        let environment = ProcessInfo.processInfo.environment
        guard environment["BALANS_SKIP_LIBFUZZER"] == nil else { return }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sie-fuzz-\(UUID().uuidString)")
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path) {
            try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
        }
        let binary = dir.appendingPathComponent("sie-fuzz").path
        let build = try Self.run("/bin/bash", [Self.root.appendingPathComponent("Fuzz/build.sh").path, binary], in: dir)
        try #require(build.status == 0, "Fuzz/build.sh failed: \(build.output.suffix(2000))")
        let run = try Self.run(binary, [corpus.path, "-dict=" + Self.root.appendingPathComponent("Fuzz/sie.dict").path,
                                        "-max_total_time=20", "-max_len=4096", "-print_final_stats=1"], in: dir)
        let crashes = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("crash-") || $0.hasPrefix("leak-") || $0.hasPrefix("timeout-") || $0.hasPrefix("oom-") }
        // Keep what it found where a person can look at it (the temporary directory goes).
        let keep = Self.root.appendingPathComponent(".build/fuzz-found")
        for name in crashes {
            try? FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true)
            try? FileManager.default.copyItem(at: dir.appendingPathComponent(name), to: keep.appendingPathComponent(name))
        }
        let findings = run.output.split(separator: "\n").filter { $0.contains("invariant") || $0.contains("ERROR") || $0.contains("SUMMARY") || $0.contains("Fatal") || $0.contains(" in $s") }
        #expect(run.status == 0, "libFuzzer found a problem (inputs kept in .build/fuzz-found): \(findings.prefix(30).joined(separator: "\n"))")
        #expect(run.output.contains("Done "))
        #expect(crashes.isEmpty, "\(crashes)")
    }

    static func run(_ executable: String, _ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        p.environment = env
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// SplitMix64, so every run mutates the same way and a failure can be reproduced.
    struct Random {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
        }
    }
}
