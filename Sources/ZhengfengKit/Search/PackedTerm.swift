/// Chinese search terms (one or two characters) packed into an integer, the form the index
/// builder counts them in (`SearchTokenizer.forEachIndexTerm` makes them), so counting the
/// terms of a page allocates no string per occurrence: the first character in bits 21…41,
/// the second (0 for a one-character term) in bits 0…20.
enum PackedTerm {
    /// The term as the index files and search.js spell it.
    static func text(_ packed: UInt64) -> String {
        var scalars = String.UnicodeScalarView()
        // Both halves were made from valid scalars by the tokenizer.
        scalars.append(Unicode.Scalar(UInt32(packed >> 21))!)
        let second = UInt32(packed & 0x1F_FFFF)
        if second != 0 { scalars.append(Unicode.Scalar(second)!) }
        return String(scalars)
    }
}
