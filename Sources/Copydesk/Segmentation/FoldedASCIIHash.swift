/// `TermHash` (FNV-1a) of a short ASCII word held in one integer, as the tokenizer hashes the
/// words it reads eight bytes at a time.
///
/// The eight bytes are hashed in eight unrolled steps, the zeros past the word included, and the
/// steps too many are then taken back with one multiply: a zero byte's step only multiplies by
/// the FNV prime, which is odd and so has an inverse modulo 2^64. No branch depends on the word
/// (keeping the result of step `length` with a comparison and a conditional move at every step
/// gives the same hash in about twenty more instructions a word). The tokenizer and `TokenHasher`
/// both hash short words with it.
enum FoldedASCIIHash {
    /// `TermHash.hash` of a word of `length` (at most eight) ASCII bytes given as one integer, in
    /// text order from the low byte and already case-folded, with zeros past `length` — or, with
    /// a `seed`, that hash continued with them.
    @inline(__always)
    static func hash(ofFoldedASCII folded: UInt64, length: Int, seed: UInt64 = TermHash.empty) -> UInt64 {
        var h = seed
        var rest = folded
        for _ in 0..<8 {
            h = (h ^ (rest & 0xFF)) &* TermHash.prime
            rest &>>= 8
        }
        // The 8 - length steps over zeros multiplied `h` by prime^(8 - length).
        return h &* inversePrimePower(8 &- length)
    }

    /// The FNV prime's inverse modulo 2^64 raised to `exponent` (0 to 8): multiplying by it takes
    /// back `exponent` steps over zero bytes. A switch of constants, which the compiler makes one
    /// table load.
    @inline(__always)
    static func inversePrimePower(_ exponent: Int) -> UInt64 {
        switch exponent {
        case 0: return 1
        case 1: return 0xce96_5057_aff6_957b
        case 2: return 0x501d_877b_c9ac_6919
        case 3: return 0x9af1_53df_5408_0c03
        case 4: return 0xb10f_8d2c_a6bd_8471
        case 5: return 0xba88_eb8d_eeba_674b
        case 6: return 0xf30a_275c_b8c0_4809
        case 7: return 0x3750_2627_0df5_d953
        default: return 0x48e2_54e7_5f5e_b9e1   // 8: no byte of the word in `folded`
        }
    }
}
