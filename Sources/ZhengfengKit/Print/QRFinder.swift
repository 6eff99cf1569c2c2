/// Measures the QR codes on a rasterised page (a binary PGM from `pdftoppm -gray`) by their
/// finder patterns, the three squares in a code's corners: along a row through one of them
/// the runs are dark, light, dark, light, dark in the ratio 1:1:3:1:1. Three finders of the
/// same module size in an L (top-left, top-right, bottom-left) are one code; its printed
/// width is the distance between the outer finders' centres plus the finder's 7 modules
/// (the dark symbol, without the quiet zone). zbarimg decodes the codes but does not say
/// where they are or how large.
struct QRFinder {
    /// One finder pattern: its centre and module size, in pixels.
    struct Finder: Equatable {
        var x: Double, y: Double, module: Double
    }

    let width: Int, height: Int
    /// One byte per pixel, 0 black … 255 white, row by row.
    let pixels: [UInt8]

    /// Reads a binary greyscale PGM (`P5`, maxval 255) as pdftoppm writes it.
    init?(pgm data: [UInt8]) {
        var index = 0
        func token() -> String? {
            while index < data.count, data[index] == 0x20 || data[index] == 0x0A || data[index] == 0x0D || data[index] == 0x09 { index += 1 }
            let start = index
            while index < data.count, !(data[index] == 0x20 || data[index] == 0x0A || data[index] == 0x0D || data[index] == 0x09) { index += 1 }
            return start < index ? String(decoding: data[start..<index], as: UTF8.self) : nil
        }
        guard token() == "P5", let width = token().flatMap(Int.init), let height = token().flatMap(Int.init),
              token() == "255", width > 0, height > 0 else { return nil }
        index += 1
        guard data.count - index >= width * height else { return nil }
        self.init(width: width, height: height, pixels: Array(data[index..<(index + width * height)]))
    }

    init(width: Int, height: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The width of every code found, in pixels (divide by the resolution for inches).
    func codeWidths() -> [Double] {
        let finders = self.finders()
        var widths: [Double] = []
        for corner in finders {
            // corner is the top-left finder: one to its right and one below at the same distance.
            let right = finders.filter { abs($0.y - corner.y) <= 2 * corner.module && $0.x - corner.x > 10 * corner.module
                && abs($0.module - corner.module) <= 0.25 * corner.module }
            let below = finders.filter { abs($0.x - corner.x) <= 2 * corner.module && $0.y - corner.y > 10 * corner.module
                && abs($0.module - corner.module) <= 0.25 * corner.module }
            for other in right {
                let distance = other.x - corner.x
                if below.contains(where: { abs(($0.y - corner.y) - distance) <= 2 * corner.module }) {
                    widths.append(distance + 7 * corner.module)
                }
            }
        }
        return widths
    }

    /// The finder patterns: rows whose runs read 1:1:3:1:1, grouped where they lie on top
    /// of each other (at least two rows: a stroke of text rarely repeats the pattern).
    func finders() -> [Finder] {
        var hits: [(x: Double, y: Int, total: Double)] = []
        for y in 0..<height {
            var runs: [(start: Int, length: Int, dark: Bool)] = []
            let row = y * width
            var start = 0
            for x in 1...width {
                if x == width || (pixels[row + x] < 128) != (pixels[row + start] < 128) {
                    runs.append((start, x - start, pixels[row + start] < 128))
                    start = x
                }
            }
            guard runs.count >= 5 else { continue }
            for index in 0...(runs.count - 5) where runs[index].dark {
                let lengths = runs[index..<(index + 5)].map { Double($0.length) }
                let total = lengths.reduce(0, +)
                let module = total / 7
                guard module >= 1 else { continue }
                let expected = [1.0, 1, 3, 1, 1]
                if zip(lengths, expected).allSatisfy({ abs($0 - $1 * module) <= max(1, 0.5 * module * $1) }) {
                    hits.append((Double(runs[index].start) + total / 2, y, total))
                }
            }
        }
        // Hits on neighbouring rows at the same place and size are one finder.
        struct Group { var xs = 0.0, ys = 0.0, totals = 0.0, rows = 0, lastY = 0, x = 0.0, total = 0.0 }
        var groups: [Group] = []
        for hit in hits {
            if let match = groups.indices.last(where: { abs(groups[$0].x - hit.x) <= hit.total / 7 && hit.y - groups[$0].lastY <= 2
                && abs(groups[$0].total - hit.total) <= hit.total / 7 }) {
                groups[match].xs += hit.x
                groups[match].ys += Double(hit.y)
                groups[match].totals += hit.total
                groups[match].rows += 1
                groups[match].lastY = hit.y
            } else {
                groups.append(Group(xs: hit.x, ys: Double(hit.y), totals: hit.total, rows: 1, lastY: hit.y, x: hit.x, total: hit.total))
            }
        }
        // A finder's centre square is 3 modules high, and a column through it reads 1:1:3:1:1 too.
        return groups.compactMap { group in
            let rows = Double(group.rows)
            let finder = Finder(x: group.xs / rows, y: group.ys / rows, module: group.totals / rows / 7)
            return rows >= 2 * finder.module && columnMatches(finder) ? finder : nil
        }
    }

    /// Whether the column through the finder's centre reads dark, light, dark (3 modules),
    /// light, dark, in modules of the finder's size.
    func columnMatches(_ finder: Finder) -> Bool {
        let x = Int(finder.x.rounded()), centre = Int(finder.y.rounded())
        guard x >= 0, x < width, centre >= 0, centre < height else { return false }
        func dark(_ y: Int) -> Bool { y >= 0 && y < height && pixels[y * width + x] < 128 }
        guard dark(centre) else { return false }
        // From the centre outwards: the rest of the dark core, the light ring, the dark ring.
        func runs(step: Int) -> [Int] {
            var y = centre, lengths: [Int] = []
            for expectDark in [true, false, true] {
                var length = 0
                while dark(y) == expectDark && length <= Int(8 * finder.module) { length += 1; y += step }
                lengths.append(length)
            }
            return lengths
        }
        let up = runs(step: -1), down = runs(step: 1)
        let module = finder.module
        let core = Double(up[0] + down[0] - 1)
        return abs(core - 3 * module) <= max(1.5, module)
            && [up[1], up[2], down[1], down[2]].allSatisfy { abs(Double($0) - module) <= max(1, 0.6 * module) }
    }
}
