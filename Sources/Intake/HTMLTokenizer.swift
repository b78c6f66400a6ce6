#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The elements the HTML reader treats specially; every other name is `.other`.
enum HTMLTag: UInt8, CaseIterable {
    case other
    case html, head, body, title, meta, link, base, script, style, noscript, template
    case nav, footer, header, aside, form, svg, iframe, button, select, textarea, dialog, canvas, math, object
    case article, main, section, div, p, br, hr, pre, blockquote, address, figure, figcaption
    case h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, table, tr, td, th, caption
    case details, summary, fieldset, time, xmp, noembed, noframes, plaintext

    /// A tag name of up to 16 ASCII bytes, lowercased, packed into two words: looked up
    /// without building a string for every tag of the page.
    struct Key: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        mutating func add(_ byte: UInt8, at position: Int) {
            let lowered = UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            if position < 8 { low |= lowered << (8 * position) } else { high |= lowered << (8 * (position - 8)) }
        }
    }

    static let longestName = 16

    static let byKey: [Key: HTMLTag] = {
        var table: [Key: HTMLTag] = [:]
        for tag in allCases where tag != .other {
            var key = Key()
            for (position, byte) in String(describing: tag).utf8.enumerated() { key.add(byte, at: position) }
            table[key] = tag
        }
        return table
    }()

    /// Elements whose content is not markup: it runs to the matching end tag whatever it holds.
    var hasRawContent: Bool {
        switch self {
        case .script, .style, .textarea, .title, .xmp, .noscript, .iframe, .noembed, .noframes, .plaintext: true
        default: false
        }
    }
}

/// One piece of an HTML document, as byte offsets into it.
struct HTMLToken {
    enum Kind: UInt8 { case text, rawText, startTag, endTag, comment }
    var kind: Kind
    var tag: HTMLTag
    var selfClosing: Bool
    /// Text and raw text: their content; tags: the attribute area between the name and `>`.
    var start: Int
    var end: Int
}

/// A forgiving HTML tokenizer over UTF-8 bytes: whatever the input, it ends, and every byte is
/// either in a token or in markup it skipped (doctype, processing instructions, bogus tags).
/// It does not build a tree; the reader tracks the few nestings it cares about.
enum HTMLTokenizer {
    static func tokens(_ b: UnsafeBufferPointer<UInt8>) -> [HTMLToken] {
        let n = b.count
        var tokens: [HTMLToken] = []
        tokens.reserveCapacity(n / 24)
        var i = 0
        func find(_ byte: UInt8, from start: Int) -> Int? {
            guard start < n, let base = b.baseAddress,
                let hit = memchr(base + start, Int32(byte), n - start)
            else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        func nameEnd(from start: Int) -> Int {
            var j = start
            while j < n {
                let c = b[j]
                if TextBytes.isSpace(c) || c == 0x2F || c == 0x3E { break }
                j += 1
            }
            return j
        }
        func tag(_ range: Range<Int>) -> HTMLTag {
            guard range.count <= HTMLTag.longestName else { return .other }
            var key = HTMLTag.Key()
            for j in range { key.add(b[j], at: j - range.lowerBound) }
            return HTMLTag.byKey[key] ?? .other
        }
        /// Where `</name` starts (any case, followed by a delimiter), or the end of input.
        func rawEnd(of tag: HTMLTag, from start: Int) -> Int {
            let name = Array(String(describing: tag).utf8)
            var p = start
            while let lt = find(0x3C, from: p) {
                var matches = lt + 1 + name.count < n && b[lt + 1] == 0x2F
                var k = 0
                while matches && k < name.count {
                    let c = b[lt + 2 + k]
                    matches = (c >= 0x41 && c <= 0x5A ? c + 0x20 : c) == name[k]
                    k += 1
                }
                if matches {
                    let after = lt + 2 + name.count
                    if after >= n || TextBytes.isSpace(b[after]) || b[after] == 0x3E || b[after] == 0x2F { return lt }
                }
                p = lt + 1
            }
            return n
        }

        while i < n {
            if b[i] != 0x3C {
                let next = find(0x3C, from: i) ?? n
                tokens.append(HTMLToken(kind: .text, tag: .other, selfClosing: false, start: i, end: next))
                i = next
                continue
            }
            guard i + 1 < n else {
                tokens.append(HTMLToken(kind: .text, tag: .other, selfClosing: false, start: i, end: n))
                break
            }
            let c = b[i + 1]
            if c == 0x21 {  // "<!"
                if i + 3 < n && b[i + 2] == 0x2D && b[i + 3] == 0x2D {
                    var p = i + 4
                    var close = n
                    while let dash = find(0x2D, from: p) {
                        if dash + 2 < n && b[dash + 1] == 0x2D && b[dash + 2] == 0x3E {
                            close = dash + 3
                            break
                        }
                        p = dash + 1
                    }
                    tokens.append(HTMLToken(kind: .comment, tag: .other, selfClosing: false, start: i, end: close))
                    i = close
                } else {
                    i = (find(0x3E, from: i + 2) ?? n - 1) + 1
                }
                continue
            }
            if c == 0x3F {  // "<?"
                i = (find(0x3E, from: i + 2) ?? n - 1) + 1
                continue
            }
            if c == 0x2F {  // "</"
                if i + 2 < n, isLetter(b[i + 2]) {
                    let end = nameEnd(from: i + 2)
                    let close = find(0x3E, from: end) ?? n
                    tokens.append(HTMLToken(kind: .endTag, tag: tag(i + 2..<end), selfClosing: false, start: end, end: close))
                    i = min(close + 1, n)
                } else {
                    i = (find(0x3E, from: i + 2) ?? n - 1) + 1
                }
                continue
            }
            guard isLetter(c) else {
                // "a < b": a lone angle bracket is text.
                tokens.append(HTMLToken(kind: .text, tag: .other, selfClosing: false, start: i, end: i + 1))
                i += 1
                continue
            }
            let end = nameEnd(from: i + 1)
            let name = tag(i + 1..<end)
            // The tag ends at the first '>' outside a quoted attribute value; a quote that never
            // closes is taken as a literal character, as if the author had forgotten it.
            var j = end
            var afterEquals = false
            while j < n {
                let x = b[j]
                if x == 0x3E { break }
                if x == 0x3D {
                    afterEquals = true
                    j += 1
                    continue
                }
                if afterEquals && (x == 0x22 || x == 0x27) {
                    afterEquals = false
                    if let closing = find(x, from: j + 1) {
                        j = closing + 1
                        continue
                    }
                    j += 1
                    continue
                }
                if !TextBytes.isSpace(x) { afterEquals = false }
                j += 1
            }
            let selfClosing = j < n && j > end && b[j - 1] == 0x2F
            tokens.append(HTMLToken(kind: .startTag, tag: name, selfClosing: selfClosing, start: end, end: j))
            i = min(j + 1, n)
            if name.hasRawContent && !selfClosing && i < n {
                let stop = name == .plaintext ? n : rawEnd(of: name, from: i)
                tokens.append(HTMLToken(kind: .rawText, tag: name, selfClosing: false, start: i, end: stop))
                i = stop
            }
        }
        return tokens
    }

    /// The attributes in a start tag's attribute area, names lowercased, values decoded.
    static func attributes(_ b: UnsafeBufferPointer<UInt8>, of token: HTMLToken) -> [(name: String, value: String)] {
        var result: [(String, String)] = []
        var i = token.start
        let end = token.end
        while i < end {
            while i < end, TextBytes.isSpace(b[i]) || b[i] == 0x2F { i += 1 }
            let nameStart = i
            while i < end, !TextBytes.isSpace(b[i]), b[i] != 0x3D, b[i] != 0x2F { i += 1 }
            guard i > nameStart else {
                if i < end { i += 1 }
                continue
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<i]), as: UTF8.self).lowercased()
            while i < end, TextBytes.isSpace(b[i]) { i += 1 }
            var value = ""
            if i < end, b[i] == 0x3D {
                i += 1
                while i < end, TextBytes.isSpace(b[i]) { i += 1 }
                var valueStart = i
                var valueEnd = i
                if i < end, b[i] == 0x22 || b[i] == 0x27 {
                    let quote = b[i]
                    valueStart = i + 1
                    var k = valueStart
                    while k < end, b[k] != quote { k += 1 }
                    valueEnd = k
                    i = min(k + 1, end)
                } else {
                    while i < end, !TextBytes.isSpace(b[i]) { i += 1 }
                    valueEnd = i
                }
                value = HTMLEntities.decodedCollapsed(b, valueStart..<valueEnd)
            }
            result.append((name, value))
        }
        return result
    }
}
