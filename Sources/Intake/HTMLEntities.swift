/// HTML character references: the named entities pages actually use (all of Latin-1, typographic
/// punctuation, Greek, common symbols) and numeric ones in decimal and hex.
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [:]
        // Latin-1, U+00A0 to U+00FF, in code point order.
        let latin1 = """
            nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr \
            deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest \
            Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml \
            ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig \
            agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml \
            eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
            """.split(separator: " ")
        for (offset, name) in latin1.enumerated() {
            table[String(name)] = Unicode.Scalar(UInt32(0xA0 + offset))!
        }
        let greek = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho _ Sigma Tau Upsilon Phi Chi Psi Omega"
            .split(separator: " ")
        for (offset, name) in greek.enumerated() where name != "_" {
            table[String(name)] = Unicode.Scalar(UInt32(0x391 + offset))!
            table[name.lowercased()] = Unicode.Scalar(UInt32(0x3B1 + offset))!
        }
        table["sigmaf"] = "\u{3C2}"
        let others: [(String, UInt32)] = [
            ("quot", 0x22), ("amp", 0x26), ("apos", 0x27), ("lt", 0x3C), ("gt", 0x3E),
            ("OElig", 0x152), ("oelig", 0x153), ("Scaron", 0x160), ("scaron", 0x161), ("Yuml", 0x178),
            ("fnof", 0x192), ("circ", 0x2C6), ("tilde", 0x2DC),
            ("ensp", 0x2002), ("emsp", 0x2003), ("thinsp", 0x2009), ("zwnj", 0x200C), ("zwj", 0x200D),
            ("lrm", 0x200E), ("rlm", 0x200F), ("hyphen", 0x2010), ("ndash", 0x2013), ("mdash", 0x2014),
            ("horbar", 0x2015), ("lsquo", 0x2018), ("rsquo", 0x2019), ("sbquo", 0x201A), ("ldquo", 0x201C),
            ("rdquo", 0x201D), ("bdquo", 0x201E), ("dagger", 0x2020), ("Dagger", 0x2021), ("bull", 0x2022),
            ("hellip", 0x2026), ("permil", 0x2030), ("prime", 0x2032), ("Prime", 0x2033), ("lsaquo", 0x2039),
            ("rsaquo", 0x203A), ("oline", 0x203E), ("frasl", 0x2044), ("euro", 0x20AC), ("trade", 0x2122),
            ("larr", 0x2190), ("uarr", 0x2191), ("rarr", 0x2192), ("darr", 0x2193), ("harr", 0x2194),
            ("minus", 0x2212), ("lowast", 0x2217), ("radic", 0x221A), ("infin", 0x221E), ("asymp", 0x2248),
            ("ne", 0x2260), ("equiv", 0x2261), ("le", 0x2264), ("ge", 0x2265), ("sdot", 0x22C5),
            ("loz", 0x25CA), ("spades", 0x2660), ("clubs", 0x2663), ("hearts", 0x2665), ("diams", 0x2666),
            ("dash", 0x2010), ("numsp", 0x2007), ("puncsp", 0x2008), ("hairsp", 0x200A), ("NewLine", 0x0A),
            ("Tab", 0x09), ("colon", 0x3A), ("comma", 0x2C), ("period", 0x2E), ("excl", 0x21),
            ("quest", 0x3F), ("num", 0x23), ("dollar", 0x24), ("percnt", 0x25), ("lpar", 0x28),
            ("rpar", 0x29), ("ast", 0x2A), ("plus", 0x2B), ("sol", 0x2F), ("semi", 0x3B), ("equals", 0x3D),
            ("commat", 0x40), ("lsqb", 0x5B), ("rsqb", 0x5D), ("bsol", 0x5C), ("lowbar", 0x5F),
            ("grave", 0x60), ("lcub", 0x7B), ("rcub", 0x7D), ("verbar", 0x7C), ("nbhy", 0x2011),
        ]
        for (name, value) in others { table[name] = Unicode.Scalar(value)! }
        return table
    }()

    /// Names browsers still decode without the closing semicolon.
    static let legacyWithoutSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    static let longestName = 8

    /// The reference starting at `start` (which holds `&`) and the index after it, or nil when
    /// the ampersand is just an ampersand.
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (Unicode.Scalar, next: Int)? {
        var i = start + 1
        guard i < end else { return nil }
        if b[i] == 0x23 {  // '#'
            i += 1
            var hex = false
            if i < end, b[i] | 0x20 == 0x78 {
                hex = true
                i += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while i < end {
                let c = b[i]
                let digit: UInt32
                if c >= 0x30 && c <= 0x39 {
                    digit = UInt32(c - 0x30)
                } else if hex, (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 {
                    digit = UInt32((c | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + digit }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            if i < end, b[i] == 0x3B { i += 1 }
            return (numeric(value), i)
        }
        var j = i
        while j < end, j - i <= longestName, isAlphanumeric(b[j]) { j += 1 }
        guard j > i, j - i <= longestName else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)
        if j < end, b[j] == 0x3B, let scalar = named[name] { return (scalar, j + 1) }
        if legacyWithoutSemicolon.contains(name), let scalar = named[name] { return (scalar, j) }
        return nil
    }

    /// As browsers do: C1 controls are read as Windows-1252, anything else invalid is U+FFFD.
    static func numeric(_ value: UInt32) -> Unicode.Scalar {
        if value >= 0x80 && value <= 0x9F { return TextBytes.windows1252High[Int(value - 0x80)] }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    @inline(__always)
    static func isAlphanumeric(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
    }

    /// Appends the scalar's UTF-8 bytes.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Text with references decoded and runs of white space made single spaces, trimmed: for
    /// titles and attribute values.
    static func decodedCollapsed(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var space = false
        var i = range.lowerBound
        while i < range.upperBound {
            let c = b[i]
            if TextBytes.isSpace(c) {
                space = true
                i += 1
                continue
            }
            if c == 0xC2, i + 1 < range.upperBound, b[i + 1] == 0xA0 {
                space = true
                i += 2
                continue
            }
            var scalar: Unicode.Scalar? = nil
            var next = i + 1
            if c == 0x26, let (decoded, after) = decode(b, at: i, end: range.upperBound) {
                scalar = decoded
                next = after
                if decoded.value == 0xA0 || decoded.value == 0x20 || decoded.value == 0x0A || decoded.value == 0x09 {
                    space = true
                    i = next
                    continue
                }
            }
            if space && !out.isEmpty { out.append(0x20) }
            space = false
            if let scalar { append(scalar, to: &out) } else { out.append(c) }
            i = next
        }
        return String(decoding: out, as: UTF8.self)
    }
}
