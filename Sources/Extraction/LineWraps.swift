/// Bodies hard-wrapped at a fixed width ("The\ntwo foreign secretaries discussed ..."): scraped
/// from pages that broke every paragraph into short lines, they would make each line a sentence
/// of its own. Such a body is told by its lines: many of them end without a mark that closes a
/// sentence and are followed by a line that goes on in lowercase. There, a line that ends open is
/// joined to the next; elsewhere every line break still ends a sentence.
enum LineWraps {
    /// The fewest pairs of lines that one line break apart a body needs before it is judged: a
    /// headline, a byline and a dateline alone make two or three.
    static let minimumPairs = 5
    /// The fewest pairs that run on in lowercase, and their least share of all pairs (one in
    /// three): a page of short headlines and captions has few.
    static let minimumRunOns = 3
    static let runOnShareDenominator = 3
    /// Or the least share of lines that end open, with those runs on in lowercase (one in two).
    static let openShareDenominator = 2

    /// The lines, those of a hard-wrapped body joined where a line ends open. A body may be
    /// wrapped with one line break (`gap` 1) or double-spaced, with an empty line after each line
    /// (`gap` 2, as pages converted from print often are).
    static func joined(_ lines: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard lines.count > minimumPairs else { return lines }
        for gap in 1...2 where isWrapped(lines, bytes, gap: gap) { return join(lines, bytes, gap: gap) }
        return lines
    }

    /// Whether enough of the pairs of lines `gap` bytes apart run on in lowercase after a line
    /// that ends open.
    static func isWrapped(_ lines: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, gap: Int) -> Bool {
        var pairs = 0
        var runOns = 0
        var open = 0
        for k in 1..<lines.count where lines[k].lowerBound == lines[k - 1].upperBound + gap && isLineBreaks(lines[k - 1].upperBound, gap, bytes) {
            pairs += 1
            guard endsOpen(lines[k - 1], bytes) else { continue }
            open += 1
            if startsLowercase(lines[k], bytes) { runOns += 1 }
        }
        // A body of paragraphs ends most of them with a full stop; one wrapped at a width ends
        // most lines open, and only some of them run on in lowercase (the rest go on with a name).
        return pairs >= minimumPairs && runOns >= minimumRunOns
            && (runOns * runOnShareDenominator >= pairs || open * openShareDenominator >= pairs)
    }

    /// Whether the `gap` bytes from `start` are all line breaks.
    static func isLineBreaks(_ start: Int, _ gap: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        (start..<start + gap).allSatisfy { $0 < bytes.count && bytes[$0] == 10 }
    }

    static func join(_ lines: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, gap: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(lines.count)
        for line in lines {
            if let last = out.last, line.lowerBound == last.upperBound + gap, isLineBreaks(last.upperBound, gap, bytes), endsOpen(last, bytes) {
                out[out.count - 1] = last.lowerBound..<line.upperBound
            } else {
                out.append(line)
            }
        }
        return out
    }

    /// Bytes that close a sentence or a quotation at the end of a line (with the last bytes of
    /// the closing quotation marks and of the ellipsis, which are outside ASCII).
    static let closingBytes: Set<UInt8> = [
        UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "'"),
        UInt8(ascii: ")"), UInt8(ascii: "]"), 0x9D, 0x99, 0xA6,
    ]

    /// Whether the line's last byte other than space closes nothing. A full stop after a capital
    /// that follows a space or another initial ("Envoy K.L." before "Maro") ends an
    /// initial, not a sentence.
    static func endsOpen(_ line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = line.upperBound - 1
        while k >= line.lowerBound, bytes[k] == 32 || bytes[k] == 9 || bytes[k] == 13 { k -= 1 }
        guard k >= line.lowerBound else { return false }
        if bytes[k] == UInt8(ascii: "."), k - 2 >= line.lowerBound, isCapital(bytes[k - 1]), bytes[k - 2] == 32 || bytes[k - 2] == UInt8(ascii: ".") {
            return true
        }
        return !closingBytes.contains(bytes[k])
    }

    @inline(__always) static func isCapital(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }

    /// Whether the line's first byte other than space is a lowercase ASCII letter.
    static func startsLowercase(_ line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = line.lowerBound
        while k < line.upperBound, bytes[k] == 32 || bytes[k] == 9 { k += 1 }
        return k < line.upperBound && bytes[k] >= UInt8(ascii: "a") && bytes[k] <= UInt8(ascii: "z")
    }
}
