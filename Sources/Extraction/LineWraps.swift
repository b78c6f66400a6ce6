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

    /// The lines, those of a hard-wrapped body joined where a line ends open.
    static func joined(_ lines: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard lines.count > minimumPairs else { return lines }
        var pairs = 0
        var runOns = 0
        for k in 1..<lines.count where lines[k].lowerBound == lines[k - 1].upperBound + 1 {
            pairs += 1
            if endsOpen(lines[k - 1], bytes), startsLowercase(lines[k], bytes) { runOns += 1 }
        }
        guard pairs >= minimumPairs, runOns >= minimumRunOns, runOns * runOnShareDenominator >= pairs else { return lines }
        var out: [Range<Int>] = []
        out.reserveCapacity(lines.count)
        for line in lines {
            if let last = out.last, line.lowerBound == last.upperBound + 1, endsOpen(last, bytes) {
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

    /// Whether the line's last byte other than space closes nothing.
    static func endsOpen(_ line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = line.upperBound - 1
        while k >= line.lowerBound, bytes[k] == 32 || bytes[k] == 9 || bytes[k] == 13 { k -= 1 }
        return k >= line.lowerBound && !closingBytes.contains(bytes[k])
    }

    /// Whether the line's first byte other than space is a lowercase ASCII letter.
    static func startsLowercase(_ line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = line.lowerBound
        while k < line.upperBound, bytes[k] == 32 || bytes[k] == 9 { k += 1 }
        return k < line.upperBound && bytes[k] >= UInt8(ascii: "a") && bytes[k] <= UInt8(ascii: "z")
    }
}
