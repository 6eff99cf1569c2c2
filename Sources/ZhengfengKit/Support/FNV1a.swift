/// 64-bit FNV-1a: a fast digest for noticing that bytes changed between two builds (not a
/// defence against crafted collisions). Fed piece by piece with `add`, or all at once.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    static func digest(_ bytes: [UInt8]) -> UInt64 {
        var digest = FNV1a()
        bytes.withUnsafeBytes { digest.add($0) }
        return digest.value
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var hash = value
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        value = hash
    }

    /// Adds the UTF-8 bytes of `text` and a terminator, so that ("ab", "c") and ("a", "bc") differ.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        add(0xFF)
    }

    /// Adds each number's eight bytes.
    mutating func add(_ numbers: UInt64...) {
        for number in numbers {
            withUnsafeBytes(of: number.littleEndian) { add($0) }
        }
    }
}
