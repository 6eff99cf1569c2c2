import QRCode

/// QR codes as SVG markup for templates. The markup is generated here, never from content,
/// so templates may insert it unescaped (`{{{qr_svg}}}`).
enum QRImages {
    /// Error correction Q (25% of the symbol can be damaged) with the standard 4-module quiet
    /// zone; nil for an empty URL.
    static func svg(for url: String) -> String? {
        guard !url.isEmpty else { return nil }
        return QRCode(url, correction: .quartile)?.svg(quietZone: 4)
    }
}
