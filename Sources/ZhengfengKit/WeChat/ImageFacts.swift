import Foundation

/// What the WeChat editor cares about in an image file: its size in bytes, its format,
/// its pixel size (PNG, JPEG, GIF) and, for a GIF, its number of frames. Read from the
/// file's header and block structure only.
struct ImageFacts: Equatable {
    enum Format: Equatable { case png, jpeg, gif, svg, other }

    var bytes: Int
    var format: Format
    var width: Int?
    var height: Int?
    /// Frames of a GIF (1 for a still image).
    var frames = 1

    init(data: Data, name: String) {
        let b = [UInt8](data)
        bytes = b.count
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            format = .png
            if b.count >= 24 { width = Self.be32(b, 16); height = Self.be32(b, 20) }
        } else if b.starts(with: [0xFF, 0xD8]) {
            format = .jpeg
            (width, height) = Self.jpegSize(b)
        } else if b.starts(with: Array("GIF8".utf8)) {
            format = .gif
            if b.count >= 10 { width = Int(b[6]) | Int(b[7]) << 8; height = Int(b[8]) | Int(b[9]) << 8 }
            frames = Self.gifFrames(b)
        } else if name.lowercased().hasSuffix(".svg") || name.lowercased().hasSuffix(".svgz") {
            format = .svg
        } else {
            format = .other
        }
    }

    private static func be32(_ b: [UInt8], _ i: Int) -> Int {
        Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
    }

    /// Walks the JPEG segments to the first start-of-frame marker.
    private static func jpegSize(_ b: [UInt8]) -> (Int?, Int?) {
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return (nil, nil) }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                return (Int(b[i + 7]) << 8 | Int(b[i + 8]), Int(b[i + 5]) << 8 | Int(b[i + 6]))
            }
            i += 2 + length
        }
        return (nil, nil)
    }

    /// Counts image descriptors, skipping colour tables, extensions and image data.
    private static func gifFrames(_ b: [UInt8]) -> Int {
        guard b.count >= 13 else { return 0 }
        var i = 13
        if b[10] & 0x80 != 0 { i += 3 << (Int(b[10] & 0x07) + 1) }
        var frames = 0
        func skipSubBlocks(_ i: inout Int) {
            while i < b.count {
                let size = Int(b[i])
                i += 1
                if size == 0 { return }
                i += size
            }
        }
        while i < b.count {
            switch b[i] {
            case 0x21:
                i += 2
                skipSubBlocks(&i)
            case 0x2C:
                frames += 1
                guard i + 9 < b.count else { return frames }
                let packed = b[i + 9]
                i += 10
                if packed & 0x80 != 0 { i += 3 << (Int(packed & 0x07) + 1) }
                i += 1
                skipSubBlocks(&i)
            default:
                return frames
            }
        }
        return frames
    }
}
