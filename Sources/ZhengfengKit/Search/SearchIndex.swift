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
///
/// Built for 10,000-page sites: each document is analysed once, on all cores, into
/// `SearchAnalysis` (its counted terms, no string per Chinese term); postings live in one
/// flat array; each file is made as bytes on its own, so files are built and written in
/// parallel and `serve` can skip the ones whose bytes did not change.
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


    /// The documents in index order (by URL path), each `body` cut to its snippet text.
    public let documents: [SearchDocument]
    /// Every term of the index, in no particular order; `postings(of:)` gives its postings.
    public let terms: [String]
    /// Postings of term `i`: documents `postingDocuments[offsets[i]..<offsets[i + 1]]`,
    /// ascending, with the term's score in each at the same places of `postingScores`. Two
    /// arrays rather than one of pairs: a score fits 16 bits (BM25 × 10 stays under 1,000),
    /// so a posting takes 6 bytes instead of 8.
    private let postingDocuments: [Int32]
    private let postingScores: [UInt16]
    private let offsets: [Int]
    /// Number of term shards: a power of two, so that shards average `shardBytes`.
    public let shardCount: Int
    public let settings: Settings

    /// The index order of documents: by URL path, then title.
    static func indexOrder(_ a: (urlPath: String, title: String), _ b: (urlPath: String, title: String)) -> Bool {
        (a.urlPath, a.title) < (b.urlPath, b.title)
    }

    public init(documents: [SearchDocument], settings: Settings = Settings()) {
        let documents = documents.sorted { Self.indexOrder(($0.urlPath, $0.title), ($1.urlPath, $1.title)) }
        let analyses = ParallelMap.map(documents) { SearchAnalysis($0, snippetCharacters: settings.snippetCharacters) }
        self.init(analysed: analyses, settings: settings)
    }

    /// The index of documents already analysed and in index order (by URL path, then title).
    init(analysed analyses: [SearchAnalysis], settings: Settings = Settings()) {
        var builder = Builder(settings: settings)
        for analysis in analyses { builder.add(analysis) }
        // A builder with no record limit keeps every record in memory: nothing to read back.
        self = try! builder.finish()
    }

    /// The index `Builder.finish` made.
    init(documents: [SearchDocument], terms: [String], postingDocuments: [Int32], postingScores: [UInt16],
         offsets: [Int], settings: Settings) {
        self.settings = settings
        self.documents = documents
        self.terms = terms
        self.postingDocuments = postingDocuments
        self.postingScores = postingScores
        self.offsets = offsets
        var total = 0
        for (number, term) in terms.enumerated() { total += term.utf8.count + 6 + (offsets[number + 1] - offsets[number]) * 7 }
        var shards = 1
        while total / shards > settings.shardBytes { shards *= 2 }
        shardCount = shards
    }

    /// The postings of `term` as (document number, score), document numbers ascending. A
    /// linear search: the build never asks (the browser looks terms up), tests and tools do.
    /// Of two terms equal as Swift strings (canonically equivalent characters) the first answers.
    public func postings(of term: String) -> [(document: Int, score: Int)] {
        guard let number = terms.firstIndex(of: term) else { return [] }
        return (offsets[number]..<offsets[number + 1]).map { (Int(postingDocuments[$0]), Int(postingScores[$0])) }
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
        let queryTerms = SearchTokenizer.queryTerms(query)
        guard !queryTerms.isEmpty else { return [] }
        var sums: [Int: (score: Int, matched: Int)] = [:]
        for term in queryTerms {
            for posting in postings(of: term) {
                let old = sums[posting.document] ?? (0, 0)
                sums[posting.document] = (old.score + posting.score, old.matched + 1)
            }
        }
        return sums.map { (document: $0.key, rank: Double($0.value.score) * Double($0.value.matched) / Double(queryTerms.count)) }
            .sorted { ($0.rank, -$0.document) > ($1.rank, -$1.document) }
            .map(\.document)
    }

    /// One file of the index, made on demand: `files()` and `SearchOutput` build each one
    /// on its own (in parallel) instead of holding every file's bytes at once.
    enum FileKind: Sendable {
        case manifest
        case terms(shard: Int, numbers: [Int])
        case docs(block: Int)
        case text(document: Int)
    }

    /// Every file of the index, in a fixed order; without the snippet files when
    /// `includingTexts` is false (`SearchOutput` writes those as it analyses the pages).
    func fileKinds(includingTexts: Bool = true) -> [FileKind] {
        let shards = shardCount
        var byShard = [[Int]](repeating: [], count: shards)
        for (number, term) in terms.enumerated() { byShard[Self.shard(of: term, count: shards)].append(number) }
        var kinds: [FileKind] = [.manifest]
        for (shard, numbers) in byShard.enumerated() {
            kinds.append(.terms(shard: shard, numbers: numbers.sorted { Self.precedes(terms[$0], terms[$1]) }))
        }
        for block in 0..<((documents.count + settings.documentsPerBlock - 1) / settings.documentsPerBlock) {
            kinds.append(.docs(block: block))
        }
        if includingTexts {
            for document in documents.indices { kinds.append(.text(document: document)) }
        }
        return kinds
    }

    /// String order, and byte order between strings Swift holds equal, so that the order
    /// of a shard's terms never depends on the order they were found in.
    static func precedes(_ left: String, _ right: String) -> Bool {
        if left < right { return true }
        if right < left { return false }
        return left.utf8.lexicographicallyPrecedes(right.utf8)
    }

    /// The path and bytes of one file.
    func file(_ kind: FileKind) -> SearchFile {
        var out = ByteText()
        switch kind {
        case .manifest:
            out.append("ZhengfengSearch.manifest({\"documents\":\(documents.count),\"shards\":\(shardCount),\"block\":\(settings.documentsPerBlock)});\n")
            return SearchFile(path: "search/manifest.js", bytes: out.bytes)
        case .terms(let shard, let numbers):
            out.append("ZhengfengSearch.terms(")
            out.append(shard)
            out.append(",{")
            for (position, number) in numbers.enumerated() {
                if position > 0 { out.append(",") }
                JSString.append(terms[number], to: &out.bytes)
                out.append(":[")
                var previous: Int32 = 0
                for index in offsets[number]..<offsets[number + 1] {
                    let document = postingDocuments[index]
                    if index > offsets[number] { out.append(",") }
                    out.append(Int(document - previous))
                    out.append(",")
                    out.append(Int(postingScores[index]))
                    previous = document
                }
                out.append("]")
            }
            out.append("});\n")
            return SearchFile(path: "search/terms/\(shard).js", bytes: out.bytes)
        case .docs(let block):
            let size = settings.documentsPerBlock
            let rows = documents[(block * size)..<min(block * size + size, documents.count)].map { document in
                "[" + [document.title, document.section, document.urlPath, document.date].map(JSString.quoted).joined(separator: ",") + "]"
            }
            out.append("ZhengfengSearch.docs(\(block),[\n" + rows.joined(separator: ",\n") + "]);\n")
            return SearchFile(path: "search/docs/\(block).js", bytes: out.bytes)
        case .text(let number):
            return Self.textFile(number, snippet: documents[number].body)
        }
    }

    /// Document `number`'s snippet file.
    static func textFile(_ number: Int, snippet: String) -> SearchFile {
        var out = ByteText()
        out.append("ZhengfengSearch.text(\(number),")
        JSString.append(snippet, to: &out.bytes)
        out.append(");\n")
        return SearchFile(path: textPath(number), bytes: out.bytes)
    }

    /// Path of document `number`'s snippet text.
    static func textPath(_ number: Int) -> String { "search/text/\(number).js" }

    /// Every file of the index: path under the output folder, and its bytes.
    public func files() -> [SearchFile] {
        ParallelMap.map(fileKinds()) { file($0) }
    }
}

/// One file of the search index.
public struct SearchFile: Sendable, Equatable {
    /// Path under the output folder.
    public let path: String
    public let bytes: [UInt8]
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A UTF-8 byte buffer that index files are written into (numbers without making strings).
struct ByteText {
    var bytes: [UInt8] = []

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(_ number: Int) {
        if number < 0 {
            bytes.append(UInt8(ascii: "-"))
            append(-number)
            return
        }
        if number >= 10 { append(number / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
    }
}

/// What the index needs of one document, worked out once: its terms with field-weighted
/// frequencies and title/heading bonuses, its length, and its listing (title, section, URL
/// path, date, with `body` cut to the snippet text). Kept compact (16 bytes a term), as a
/// 10,000-page site has millions of them.
struct SearchAnalysis: Sendable {
    /// One term of the page in 8 bytes: bits 0…42 the key (a packed Chinese term, see
    /// `PackedTerm`, or `wordFlag` plus an index into `words`), bits 43…44 the bonus (0 body
    /// only, 1 in a heading, 2 in the title: an index into `bonus`), bits 45…63 the weighted
    /// frequency (capped at 524,287, far beyond where BM25 stops counting).
    struct Entry: Sendable {
        private let bits: UInt64
        static let maximumFrequency = (1 << 19) - 1

        init(key: UInt64, frequency: Int, bonus: UInt8) {
            bits = key | UInt64(bonus) << 43 | UInt64(min(frequency, Self.maximumFrequency)) << 45
        }

        var key: UInt64 { bits & (1 << 43 - 1) }
        var bonus: Int { Int(bits >> 43 & 3) }
        var frequency: Int { Int(bits >> 45) }
    }

    static let wordFlag: UInt64 = 1 << 42

    /// The word or digit run `entry` stands for; nil for a packed Chinese term.
    func word(of entry: Entry) -> String? {
        entry.key & Self.wordFlag != 0 ? words[Int(entry.key & ~Self.wordFlag)] : nil
    }

    /// This analysis with an empty snippet, for a caller that has written the snippet out.
    var withoutSnippet: SearchAnalysis {
        var copy = self
        copy.listing.body = ""
        return copy
    }
    static let bonus = [0, SearchIndex.headingBonus, SearchIndex.titleBonus]

    let entries: [Entry]
    /// The words and digit runs `entries` point to.
    let words: [String]
    /// Sum of the weighted frequencies.
    let length: Int
    private(set) var listing: SearchDocument

    init(_ document: SearchDocument, snippetCharacters: Int) {
        var counts: [UInt64: (frequency: Int32, bonus: UInt8)] = [:]
        var wordKeys: [String: UInt64] = [:]
        var words: [String] = []
        func key(_ word: String) -> UInt64 {
            if let known = wordKeys[word] { return known }
            let key = Self.wordFlag | UInt64(words.count)
            wordKeys[word] = key
            words.append(word)
            return key
        }
        func count(_ key: UInt64, weight: Int, bonus: UInt8) {
            counts[key, default: (0, 0)].frequency += Int32(weight)
            counts[key]!.bonus = bonus
        }
        for heading in document.headings {
            SearchTokenizer.forEachIndexTerm(heading, singles: true,
                                             chinese: { count($0, weight: SearchIndex.headingWeight, bonus: 1) },
                                             word: { count(key($0), weight: SearchIndex.headingWeight, bonus: 1) })
        }
        SearchTokenizer.forEachIndexTerm(document.title, singles: true,
                                         chinese: { count($0, weight: SearchIndex.titleWeight, bonus: 2) },
                                         word: { count(key($0), weight: SearchIndex.titleWeight, bonus: 2) })
        // Body terms are most of a page: collected as integers and counted by sorting,
        // cheaper than a dictionary update per occurrence.
        var body: [UInt64] = []
        body.reserveCapacity(document.body.utf8.count / 3)
        SearchTokenizer.forEachIndexTerm(document.body, singles: false, chinese: { body.append($0) },
                                         word: { body.append(key($0)) })
        body.sort()
        // Kept for the whole build: reserved to the number of distinct terms, not more.
        var distinct = counts.count + (body.isEmpty ? 0 : 1)
        for index in body.indices.dropFirst() where body[index] != body[index - 1] { distinct += 1 }
        var entries: [Entry] = []
        entries.reserveCapacity(distinct)
        var length = 0
        var start = 0
        while start < body.count {
            let key = body[start]
            var end = start + 1
            while end < body.count && body[end] == key { end += 1 }
            var frequency = (end - start) * SearchIndex.bodyWeight
            var bonus: UInt8 = 0
            if let fields = counts.removeValue(forKey: key) {
                frequency += Int(fields.frequency)
                bonus = fields.bonus
            }
            length += frequency
            entries.append(Entry(key: key, frequency: frequency, bonus: bonus))
            start = end
        }
        for (key, value) in counts {
            length += Int(value.frequency)
            entries.append(Entry(key: key, frequency: Int(value.frequency), bonus: value.bonus))
        }
        self.entries = entries
        self.words = words
        self.length = length
        var listing = document
        listing.headings = []
        listing.body = SearchText.collapsed(document.body, limit: snippetCharacters)
        self.listing = listing
    }
}

/// JavaScript string literals (the JSON subset, also safe for U+2028 and U+2029 and inside
/// a `<script>` element), written as UTF-8 bytes.
enum JSString {
    static func quoted(_ value: String) -> String {
        var out: [UInt8] = []
        append(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `value` as a quoted literal. Works on UTF-8 bytes: every byte that needs an
    /// escape is ASCII, except U+2028/U+2029 (E2 80 A8/A9).
    static func append(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let bytes = Array(value.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case UInt8(ascii: "<"): out.append(contentsOf: Array("\\u003c".utf8))
            case 0..<0x20: out.append(contentsOf: Array(escape(UInt32(byte)).utf8))
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                out.append(contentsOf: Array(escape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029).utf8))
                index += 2
            default: out.append(byte)
            }
            index += 1
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
