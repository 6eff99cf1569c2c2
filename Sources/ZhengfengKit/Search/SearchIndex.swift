import Foundation

/// The search index of a set of documents, as the files the browser loads with plain
/// `<script src>` (no fetch, so it works from file://): each file calls a function of the
/// global `ZhengfengSearch` that assets/js/search.js defines.
///
/// - `search/manifest.js`: number of documents, of term shards, documents per block.
/// - `search/terms/N.js`: the terms whose hash falls in shard N, each with its postings
///   (document number, score) — a query loads only the shards of its own terms.
/// - `search/docs/N.js`: title, section, link path and date of a block of documents.
/// - `search/text/N.js`: the start of document N's text, for the snippet of a shown result.
///
/// Scores are BM25 over field-weighted term frequencies (title > headings > body), worked
/// out at build time and stored as integers, so the browser only adds them up. Documents
/// are numbered in URL-path order and every file is written in a fixed order: the same
/// documents give the same bytes.
public struct SearchIndex: Sendable {
    /// Tunable sizes; the defaults keep the first query of a small site well under 100 KB.
    public struct Settings: Sendable {
        /// Term shards are made this large on average (bytes).
        public var shardBytes = 12_000
        /// Documents per `docs/N.js` block.
        public var documentsPerBlock = 64
        /// Characters of body text kept per document for snippets.
        public var snippetCharacters = 600
        public init() {}
    }

    static let titleWeight = 6
    static let headingWeight = 3
    static let bodyWeight = 1
    /// Added to a term's saturated frequency when it is in the title or a heading, so a
    /// title match outranks many body mentions.
    static let titleBonus = 1.5
    static let headingBonus = 0.5
    static let k1 = 1.2
    static let b = 0.75

    /// The documents in index order (by URL path).
    public let documents: [SearchDocument]
    /// Term → postings as (document number, score), document numbers ascending.
    public let postings: [String: [(document: Int, score: Int)]]
    public let settings: Settings

    public init(documents: [SearchDocument], settings: Settings = Settings()) {
        let documents = documents.sorted { ($0.urlPath, $0.title) < ($1.urlPath, $1.title) }
        self.documents = documents
        self.settings = settings
        var frequencies: [[String: Int]] = []
        var fields: [[String: Double]] = []
        var lengths: [Int] = []
        frequencies.reserveCapacity(documents.count)
        for document in documents {
            var counts: [String: Int] = [:]
            var bonus: [String: Double] = [:]
            for heading in document.headings {
                for term in SearchTokenizer.indexTerms(heading) {
                    counts[term, default: 0] += Self.headingWeight
                    bonus[term] = Self.headingBonus
                }
            }
            for term in SearchTokenizer.indexTerms(document.title) {
                counts[term, default: 0] += Self.titleWeight
                bonus[term] = Self.titleBonus
            }
            for term in SearchTokenizer.indexTerms(document.body, singles: false) { counts[term, default: 0] += Self.bodyWeight }
            frequencies.append(counts)
            fields.append(bonus)
            lengths.append(counts.values.reduce(0, +))
        }
        var documentFrequency: [String: Int] = [:]
        for counts in frequencies { for term in counts.keys { documentFrequency[term, default: 0] += 1 } }
        let count = Double(max(documents.count, 1))
        let averageLength = max(Double(lengths.reduce(0, +)) / count, 1)
        var postings: [String: [(document: Int, score: Int)]] = [:]
        for (number, counts) in frequencies.enumerated() {
            let norm = Self.k1 * (1 - Self.b + Self.b * Double(lengths[number]) / averageLength)
            for (term, frequency) in counts {
                let df = Double(documentFrequency[term]!)
                let idf = log(1 + (count - df + 0.5) / (df + 0.5))
                let tf = Double(frequency)
                let score = idf * (tf * (Self.k1 + 1) / (tf + norm) + (fields[number][term] ?? 0))
                postings[term, default: []].append((number, max(1, Int((score * 10).rounded()))))
            }
        }
        self.postings = postings
    }

    /// Number of term shards: a power of two, so that shards average `shardBytes`.
    public var shardCount: Int {
        let total = postings.reduce(0) { $0 + $1.key.utf8.count + 6 + $1.value.count * 7 }
        var shards = 1
        while total / shards > settings.shardBytes { shards *= 2 }
        return shards
    }

    /// The shard a term is in: 32-bit FNV-1a over its UTF-16 code units (search.js does the same).
    public static func shard(of term: String, count: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for unit in term.utf16 {
            hash ^= UInt32(unit)
            hash = hash &* 16_777_619
        }
        return Int(hash % UInt32(count))
    }

    /// The documents that match `query`, best first: the sum of the scores of the query's
    /// terms, times the share of terms matched (search.js ranks the same way).
    public func search(_ query: String) -> [Int] {
        let terms = SearchTokenizer.queryTerms(query)
        guard !terms.isEmpty else { return [] }
        var sums: [Int: (score: Int, matched: Int)] = [:]
        for term in terms {
            for posting in postings[term] ?? [] {
                let old = sums[posting.document] ?? (0, 0)
                sums[posting.document] = (old.score + posting.score, old.matched + 1)
            }
        }
        return sums.map { (document: $0.key, rank: Double($0.value.score) * Double($0.value.matched) / Double(terms.count)) }
            .sorted { ($0.rank, -$0.document) > ($1.rank, -$1.document) }
            .map(\.document)
    }

    /// Every file of the index: path under the output folder, and its text.
    public func files() -> [(path: String, text: String)] {
        let shards = shardCount
        var byShard = [[String]](repeating: [], count: shards)
        for term in postings.keys { byShard[Self.shard(of: term, count: shards)].append(term) }
        var files: [(path: String, text: String)] = []
        files.append(("search/manifest.js",
                      "ZhengfengSearch.manifest({\"documents\":\(documents.count),\"shards\":\(shards),\"block\":\(settings.documentsPerBlock)});\n"))
        for (shard, terms) in byShard.enumerated() {
            var text = "ZhengfengSearch.terms(\(shard),{"
            for (position, term) in terms.sorted().enumerated() {
                if position > 0 { text += "," }
                text += JSString.quoted(term) + ":["
                var previous = 0
                var first = true
                for posting in postings[term]! {
                    if !first { text += "," }
                    first = false
                    text += "\(posting.document - previous),\(posting.score)"
                    previous = posting.document
                }
                text += "]"
            }
            files.append(("search/terms/\(shard).js", text + "});\n"))
        }
        let block = settings.documentsPerBlock
        for start in stride(from: 0, to: documents.count, by: block) {
            let rows = documents[start..<min(start + block, documents.count)].map { document in
                "[" + [document.title, document.section, document.urlPath, document.date].map(JSString.quoted).joined(separator: ",") + "]"
            }
            files.append(("search/docs/\(start / block).js",
                          "ZhengfengSearch.docs(\(start / block),[\n" + rows.joined(separator: ",\n") + "]);\n"))
        }
        for (number, document) in documents.enumerated() {
            let text = Self.collapsed(document.body, limit: settings.snippetCharacters)
            files.append(("search/text/\(number).js", "ZhengfengSearch.text(\(number),\(JSString.quoted(text)));\n"))
        }
        return files
    }

    /// `text` with runs of white space made one space, cut to `limit` characters.
    static func collapsed(_ text: String, limit: Int) -> String {
        String(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").prefix(limit))
    }
}

/// JavaScript string literals (the JSON subset, also safe for U+2028 and U+2029).
enum JSString {
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
