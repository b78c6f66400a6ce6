import Testing

@testable import Extraction

// The line breaks of a body, found eight bytes at a time, must be those of the byte-by-byte rule:
// LF, or CR not followed by LF.

/// The breaks by the plain rule, one byte at a time.
private func plainBreaks(_ bytes: [UInt8]) -> [Int] {
    (0..<bytes.count).filter { i in bytes[i] == 10 || (bytes[i] == 13 && (i + 1 == bytes.count || bytes[i + 1] != 10)) }
}

private func fastBreaks(_ bytes: [UInt8]) -> [Int] {
    bytes.withUnsafeBufferPointer { buffer in
        var out: [Int] = []
        var start = 0
        while start < buffer.count {
            let i = LineBreaks.next(in: buffer, from: start)
            if i < buffer.count { out.append(i) }
            start = i + 1
        }
        return out
    }
}

@Test func lineBreaksAreFoundAsTheByteRuleFindsThem() {
    let texts = [
        "", "\n", "\r", "\r\n", "\n\r", "a", "a\nb", "a\rb", "a\r\nb\r\n", "\r\r\n\n",
        "A paragraph longer than eight bytes.\nAnother one, also long enough.\r\nA third\rand a fourth\n",
        "no break in this line at all, though it runs well past eight bytes",
        "\u{00A0}non-breaking\u{2028}separators\u{0085}are not line breaks\nhere",
        "1234567\n12345678\n123456789\r\n1234567\r",
    ]
    for text in texts {
        let bytes = Array(text.utf8)
        #expect(fastBreaks(bytes) == plainBreaks(bytes), "\(text.debugDescription)")
    }
    // Breaks at every position within and across eight-byte words, among bytes near 10 and 13
    // (a fixed pseudo-random sequence, so that a failure repeats).
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func nextByte() -> UInt8 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let pick = Int(state >> 59)
        return [10, 13, 9, 11, 12, 14, 0x8A, 0x8D, 0, 255][pick % 10] &+ (pick >= 10 ? UInt8(pick) &* 7 : 0)
    }
    for length in 0..<40 {
        for _ in 0..<20 {
            let bytes = (0..<length).map { _ in nextByte() }
            #expect(fastBreaks(bytes) == plainBreaks(bytes), "\(bytes)")
        }
    }
}
