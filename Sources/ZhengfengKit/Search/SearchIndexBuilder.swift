import Foundation

extension SearchIndex {
    /// Makes an index from analysed documents handed over one at a time, in index order, so
    /// that no caller has to hold every document's analysis at once. Each term gets its
    /// number the first time it is met (the same numbers in every run); each document's terms
    /// are kept as 8-byte records of (term number, weighted frequency, bonus) in a
    /// `SearchRecords`, and `finish` turns them into the postings.
    struct Builder {
        let settings: Settings
        private var chineseNumbers: [UInt64: Int32] = [:]
        private var wordNumbers: [String: Int32] = [:]
        private var texts: [String] = []
        private var documentFrequency: [Int32] = []
        private var documents: [SearchDocument] = []
        /// Each document's length (sum of weighted frequencies) and number of records.
        private var lengths: [Int] = []
        private var recordCounts: [Int] = []
        private let records: SearchRecords

        /// `memoryRecords`: records kept in memory before the rest go to a scratch file
        /// (`recordChunk` at a time; smaller only in tests).
        init(settings: Settings, memoryRecords: Int = .max, recordChunk: Int = SearchRecords.defaultChunk) {
            self.settings = settings
            records = SearchRecords(memoryLimit: memoryRecords, chunk: recordChunk)
        }

        /// Adds the next document in index order.
        mutating func add(_ analysis: SearchAnalysis) {
            documents.append(analysis.listing)
            lengths.append(analysis.length)
            recordCounts.append(analysis.entries.count)
            for entry in analysis.entries {
                let word = analysis.word(of: entry)
                let known = word.map { wordNumbers[$0] } ?? chineseNumbers[entry.key]
                let number: Int32
                if let known {
                    number = known
                    documentFrequency[Int(number)] += 1
                } else {
                    number = Int32(documentFrequency.count)
                    if let word {
                        wordNumbers[word] = number
                        texts.append(word)
                    } else {
                        chineseNumbers[entry.key] = number
                        texts.append(PackedTerm.text(entry.key))
                    }
                    documentFrequency.append(1)
                }
                records.append(UInt64(UInt32(number)) | UInt64(entry.frequency) << 32 | UInt64(entry.bonus) << 51)
            }
        }

        /// The index: postings in one flat array, each term's run in document order, scored
        /// with BM25 now that every document's length and every term's frequency are known.
        consuming func finish() throws -> SearchIndex {
            chineseNumbers = [:]
            wordNumbers = [:]
            let count = Double(max(documents.count, 1))
            let averageLength = max(Double(lengths.reduce(0, +)) / count, 1)
            let inverse = documentFrequency.map { frequency -> Double in
                let df = Double(frequency)
                return log(1 + (count - df + 0.5) / (df + 0.5))
            }
            var offsets = [Int](repeating: 0, count: documentFrequency.count + 1)
            for (term, frequency) in documentFrequency.enumerated() { offsets[term + 1] = offsets[term] + Int(frequency) }
            documentFrequency = []
            var cursor = offsets
            var postingDocuments = [Int32](repeating: 0, count: offsets.last!)
            var postingScores = [UInt16](repeating: 0, count: offsets.last!)
            var document = 0
            var left = recordCounts.first ?? 0
            var norm = documents.isEmpty ? 0 : Self.norm(lengths[0], averageLength)
            try records.forEach { record in
                while left == 0 {
                    document += 1
                    left = recordCounts[document]
                    norm = Self.norm(lengths[document], averageLength)
                }
                left -= 1
                let term = Int(record & 0xFFFF_FFFF)
                let tf = Double(record >> 32 & 0x7FFFF)
                let score = inverse[term] * (tf * (SearchIndex.k1 + 1) / (tf + norm) + SearchAnalysis.bonus[Int(record >> 51 & 3)])
                postingDocuments[cursor[term]] = Int32(document)
                postingScores[cursor[term]] = UInt16(min(max(1, Int((score * 10).rounded())), Int(UInt16.max)))
                cursor[term] += 1
            }
            return SearchIndex(documents: documents, terms: texts, postingDocuments: postingDocuments,
                               postingScores: postingScores, offsets: offsets, settings: settings)
        }

        private static func norm(_ length: Int, _ averageLength: Double) -> Double {
            SearchIndex.k1 * (1 - SearchIndex.b + SearchIndex.b * Double(length) / averageLength)
        }
    }
}

/// Records appended once and read back once, in order: the first `memoryLimit` in memory,
/// the rest in a scratch file that has no name (made in the temporary folder and unlinked at
/// once, so it disappears with the process however that ends). If the file cannot be made
/// or written, the records stay in memory.
final class SearchRecords {
    private let memoryLimit: Int
    /// The records in memory, in chunks of `chunk` (an array that doubles as it grows would
    /// hold up to twice the records' size, and copy them at each doubling).
    private var memory: [[UInt64]] = []
    private var memoryCount = 0
    /// Records not yet written to the file.
    private var pending: [UInt64] = []
    private var descriptor: Int32 = -1
    private var fileRecords = 0
    /// The scratch file could not be made or written: everything stays in memory.
    private var fileFailed = false
    /// Records written to the file could not be read back when giving it up.
    private var lost = false
    /// Records per memory chunk and per write to the file.
    private let chunk: Int
    static let defaultChunk = 1 << 17

    init(memoryLimit: Int, chunk: Int = SearchRecords.defaultChunk) {
        self.memoryLimit = memoryLimit
        self.chunk = chunk
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Records held in memory now, and in the scratch file (for tests).
    var inMemory: Int { memoryCount + pending.count }
    var inFile: Int { fileRecords }

    func append(_ record: UInt64) {
        if memoryCount < memoryLimit || fileFailed {
            if memory.isEmpty || memory[memory.count - 1].count == chunk {
                memory.append([])
                memory[memory.count - 1].reserveCapacity(chunk)
            }
            memory[memory.count - 1].append(record)
            memoryCount += 1
            return
        }
        pending.append(record)
        if pending.count == chunk { flush() }
    }

    /// Calls `body` with every record, in the order they were appended. Throws only when
    /// the scratch file cannot be read back (records held in memory alone never throw).
    func forEach(_ body: (UInt64) -> Void) throws {
        if lost { throw Self.readFailure() }
        // Each chunk is freed once read.
        memory.reverse()
        while let part = memory.popLast() {
            for record in part { body(record) }
        }
        memoryCount = 0
        if !readFile(body) { throw Self.readFailure() }
        for record in pending { body(record) }
        pending = []
    }

    /// Writes the pending records to the scratch file (made on first use). On any failure
    /// the file's records are read back and everything stays in memory from then on.
    private func flush() {
        if descriptor < 0 && fileRecords == 0 {
            var template = Array((FileManager.default.temporaryDirectory.path + "/zhengfeng-search-XXXXXX").utf8CString)
            descriptor = mkstemp(&template)
            guard descriptor >= 0 else { return keepInMemory() }
            unlink(String(cString: template))
            // Close-on-exec: the PDF drivers started later must not inherit it.
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        let start = fileRecords * MemoryLayout<UInt64>.stride
        let written = pending.withUnsafeBytes { raw in
            Self.whole(raw.count, at: start) { pwrite(descriptor, raw.baseAddress! + $0, $1, $2) }
        }
        guard written else { return keepInMemory() }
        fileRecords += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    /// Gives up the file: its records move back into memory, before the pending ones.
    private func keepInMemory() {
        var back: [UInt64] = []
        lost = !readFile { back.append($0) }
        fileFailed = true
        let moved = back + pending
        pending = []
        for record in moved { append(record) }
    }

    /// Calls `body` with the file's records in order, then closes and forgets the file;
    /// false if it could not be read to the end.
    private func readFile(_ body: (UInt64) -> Void) -> Bool {
        guard descriptor >= 0 else { return true }
        defer {
            close(descriptor)
            descriptor = -1
            fileRecords = 0
        }
        var buffer = [UInt64](repeating: 0, count: chunk)
        var done = 0
        while done < fileRecords {
            let count = min(chunk, fileRecords - done)
            guard readFully(into: &buffer, count: count, at: done) else { return false }
            for index in 0..<count { body(buffer[index]) }
            done += count
        }
        return true
    }

    private static func readFailure() -> OutputError {
        OutputError.write("读回站内搜索索引的临时文件", path: FileManager.default.temporaryDirectory.path, errno: errno)
    }

    private func readFully(into buffer: inout [UInt64], count: Int, at record: Int) -> Bool {
        buffer.withUnsafeMutableBytes { raw in
            Self.whole(count * MemoryLayout<UInt64>.stride, at: record * MemoryLayout<UInt64>.stride) {
                pread(descriptor, raw.baseAddress! + $0, $1, $2)
            }
        }
    }

    /// Repeats `call(done, left, fileOffset)` (a `pread` or `pwrite`) until `bytes` bytes
    /// from file offset `start` are through; false on an error or an early end of file.
    private static func whole(_ bytes: Int, at start: Int, _ call: (Int, Int, off_t) -> Int) -> Bool {
        var done = 0
        while done < bytes {
            let count = call(done, bytes - done, off_t(start + done))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            done += count
        }
        return true
    }
}
