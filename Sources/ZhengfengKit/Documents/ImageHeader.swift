import Foundation
import Markdown

/// The pixel size of a PNG, JPEG, GIF or WebP image, read from the file's header bytes.
public enum ImageHeader {
    /// The size of the image in `data`, or nil when it is none of the four formats or is cut short.
    public static func size(of data: Data) -> ImageSize? {
        let bytes = [UInt8](data.prefix(32))
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), bytes.count >= 24 {
            return ImageSize(width: bigEndian(bytes, 16, 4), height: bigEndian(bytes, 20, 4))
        }
        if bytes.starts(with: Array("GIF8".utf8)), bytes.count >= 10 {
            return ImageSize(width: Int(bytes[6]) | Int(bytes[7]) << 8, height: Int(bytes[8]) | Int(bytes[9]) << 8)
        }
        if bytes.starts(with: Array("RIFF".utf8)), bytes.count >= 30, Array(bytes[8..<12]) == Array("WEBP".utf8) {
            return webp(bytes)
        }
        if bytes.starts(with: [0xFF, 0xD8]) {
            return jpeg(data)
        }
        return nil
    }

    /// The size of the image file at `url` (only its first bytes are read for PNG, GIF, WebP).
    public static func size(ofFile url: URL) -> ImageSize? {
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return nil }
        return size(of: data)
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func webp(_ bytes: [UInt8]) -> ImageSize? {
        let chunk = String(decoding: bytes[12..<16], as: UTF8.self)
        switch chunk {
        case "VP8 ":
            return ImageSize(width: (Int(bytes[26]) | Int(bytes[27]) << 8) & 0x3FFF,
                             height: (Int(bytes[28]) | Int(bytes[29]) << 8) & 0x3FFF)
        case "VP8L":
            let b = bytes[21...24].map(Int.init)
            return ImageSize(width: 1 + (b[0] | (b[1] & 0x3F) << 8),
                             height: 1 + ((b[1] >> 6) | b[2] << 2 | (b[3] & 0x0F) << 10))
        case "VP8X":
            return ImageSize(width: 1 + (Int(bytes[24]) | Int(bytes[25]) << 8 | Int(bytes[26]) << 16),
                             height: 1 + (Int(bytes[27]) | Int(bytes[28]) << 8 | Int(bytes[29]) << 16))
        default:
            return nil
        }
    }

    /// Walks the JPEG segments to the first start-of-frame marker (SOF0…SOF15 but DHT, JPG, DAC).
    private static func jpeg(_ data: Data) -> ImageSize? {
        let bytes = [UInt8](data.prefix(4 << 20))
        var offset = 2
        while offset + 9 < bytes.count {
            guard bytes[offset] == 0xFF else { return nil }
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                return ImageSize(width: Int(bytes[offset + 7]) << 8 | Int(bytes[offset + 8]),
                                 height: Int(bytes[offset + 5]) << 8 | Int(bytes[offset + 6]))
            }
            offset += 2 + length
        }
        return nil
    }
}
