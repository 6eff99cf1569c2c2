import Foundation
import Testing
@testable import ZhengfengKit

/// SplitMix64: a tiny deterministic generator, so every run feeds the same inputs.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random and mutated bytes through the decoder, the front-matter splitter and parser, and
/// the whole loader: nothing crashes, and whatever is refused comes with a diagnostic.
@Suite struct FrontMatterFuzzTests {
    static let seedPage = Array("""
    ---
    title: "通知：第一期"
    date: 2026-03-15 09:30
    audiences: [agencies, villages]
    tags: [宣传, 12388]
    summary: >
      多行摘要
    ---

    ## 标题

    - 列表 [链接](../news/ok.md#第一节)
    > 引用 ![图](a.png)

    """.utf8)

    static let tokens: [[UInt8]] = ["---\n", ":", "\n", " ", "\"", "'", "[", "]", "{", "}", "- ", "#", "\t", "&a", "*a",
                                    "!!binary ", "？", "\u{FEFF}", "\r\n", "...\n", "title: ", "date: "].map { Array($0.utf8) }

    static func mutate(_ input: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            switch Int.random(in: 0..<5, using: &random) {
            case 0 where !bytes.isEmpty:
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            case 1 where !bytes.isEmpty:
                let start = Int.random(in: 0..<bytes.count, using: &random)
                bytes.removeSubrange(start..<min(bytes.count, start + Int.random(in: 1...12, using: &random)))
            case 2:
                let token = tokens[Int.random(in: 0..<tokens.count, using: &random)]
                bytes.insert(contentsOf: token, at: Int.random(in: 0...bytes.count, using: &random))
            case 3 where bytes.count > 4:
                let cut = Int.random(in: 0..<bytes.count, using: &random)
                bytes = Array(bytes[..<cut])
            default:
                bytes.insert(contentsOf: (0..<Int.random(in: 1...8, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) },
                             at: Int.random(in: 0...bytes.count, using: &random))
            }
        }
        return bytes
    }

    static func input(_ iteration: Int, using random: inout SplitMix64) -> [UInt8] {
        if iteration % 5 == 0 {
            return (0..<Int.random(in: 0...200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        }
        return mutate(seedPage, using: &random)
    }

    @Test func splitterAndParserNeverCrashAndAlwaysExplainARefusal() {
        var random = SplitMix64(seed: 0x5A48_454E_4746_454E)
        var refused = 0, accepted = 0
        for iteration in 0..<3000 {
            let bytes = Self.input(iteration, using: &random)
            let file = "content/fuzz/\(iteration).md"
            let text: String
            do {
                text = try SourceText.decode(Data(bytes), displayPath: file).text
            } catch let diagnostic as Diagnostic {
                #expect(diagnostic.location.file == file)
                refused += 1
                continue
            } catch {
                Issue.record("decode threw a non-diagnostic error: \(error)")
                continue
            }
            do {
                let split = try FrontMatterSplit.split(text, file: file)
                let (matter, diagnostics) = FrontMatterParser.parse(split, file: file)
                if matter == nil {
                    #expect(diagnostics.contains { $0.severity == .error }, "refused without a diagnostic: \(bytes)")
                    refused += 1
                } else {
                    accepted += 1
                }
                #expect(diagnostics.allSatisfy { $0.location.file == file && $0.location.line >= 1 })
            } catch let diagnostic as Diagnostic {
                #expect(diagnostic.code == "FRONT_MATTER_UNCLOSED")
                refused += 1
            } catch {
                Issue.record("split threw a non-diagnostic error: \(error)")
            }
        }
        // Both outcomes must occur, or the mutations are not exercising anything.
        #expect(refused > 100 && accepted > 100, "refused \(refused), accepted \(accepted)")
    }

    @Test func loaderAndChecksNeverCrashOnMutatedPages() throws {
        var random = SplitMix64(seed: 42)
        let site = try TestSupport.temporaryDirectory("fuzz")
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site)
        for iteration in 0..<150 {
            let bytes = Self.input(iteration, using: &random)
            try TestSupport.write(Data(bytes), to: "content/news/fuzz.md", in: site)
            var timer = StageTimer()
            do {
                let prepared = try SiteBuilder(options: BuildOptions(siteDirectory: site, now: TestSupport.now)).prepare(timer: &timer)
                let loaded = prepared.site.source.pages["news/fuzz.md"] != nil
                #expect(loaded || prepared.diagnostics.contains { $0.location.file == "content/news/fuzz.md" })
            } catch let error as DiagnosticsError {
                #expect(error.diagnostics.contains { $0.severity == .error && $0.location.file.hasPrefix("content/news/fuzz.md") },
                        "iteration \(iteration): \(error)")
            }
        }
    }
}
