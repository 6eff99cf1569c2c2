import CQRencode

/// A QR code symbol: a square matrix of dark and light modules, encoded by libqrencode.
/// This is the only target that imports CQRencode.
public struct QRCode: Sendable, Equatable {
    /// Error-correction level; M or better is required for print.
    public enum Correction: Sendable {
        case medium, quartile, high

        var level: QRecLevel {
            switch self {
            case .medium: return QR_ECLEVEL_M
            case .quartile: return QR_ECLEVEL_Q
            case .high: return QR_ECLEVEL_H
            }
        }
    }

    /// Modules per side, without the quiet zone.
    public let size: Int
    /// Row-major, `true` for a dark module.
    public let modules: [Bool]

    /// Encodes `text` (UTF-8, 8-bit mode, smallest version that fits); nil when libqrencode
    /// refuses it (empty or too long for a QR code).
    public init?(_ text: String, correction: Correction = .medium) {
        guard !text.isEmpty else { return nil }
        let bytes = Array(text.utf8)
        guard let symbol = bytes.withUnsafeBufferPointer({ buffer in
            QRcode_encodeData(Int32(buffer.count), buffer.baseAddress, 0, correction.level)
        }) else { return nil }
        defer { QRcode_free(symbol) }
        let width = Int(symbol.pointee.width)
        var modules = [Bool](repeating: false, count: width * width)
        for index in 0..<(width * width) {
            // Bit 0 of each byte is the module's colour; the other bits are libqrencode's bookkeeping.
            modules[index] = symbol.pointee.data[index] & 1 == 1
        }
        self.size = width
        self.modules = modules
    }

    public func isDark(row: Int, column: Int) -> Bool { modules[row * size + column] }

    /// The symbol as SVG markup: one path of unit squares in a viewBox that includes a quiet
    /// zone of `quietZone` modules (4 is the standard), `shape-rendering="crispEdges"` so that
    /// no renderer blurs module edges. Size it with CSS; it scales without loss.
    public func svg(quietZone: Int = 4) -> String {
        let side = size + 2 * quietZone
        var path = ""
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else { column += 1; continue }
                let start = column
                while column < size && isDark(row: row, column: column) { column += 1 }
                path += "M\(start + quietZone) \(row + quietZone)h\(column - start)v1h-\(column - start)z"
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 \(side) \(side)\" "
            + "shape-rendering=\"crispEdges\" aria-hidden=\"true\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}
