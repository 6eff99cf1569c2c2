/// 64-bit FNV-1a: a fast digest for noticing that bytes changed between two builds in one
/// process (not a defence against crafted collisions).
enum FNV1a {
    static func digest(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
