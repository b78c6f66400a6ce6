/// The character set a page declares in its first bytes, for the one case that matters in
/// practice: old pages in Latin-1 / Windows-1252, which are not valid UTF-8.
enum HTMLCharset {
    static let windows1252Labels = ["iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii"]

    static func declaresWindows1252(_ sample: [UInt8]) -> Bool {
        let lowered = sample.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let key = Array("charset=".utf8)
        var i = 0
        while i + key.count < lowered.count {
            if lowered[i] == key[0], Array(lowered[i..<i + key.count]) == key {
                var j = i + key.count
                while j < lowered.count, lowered[j] == 0x22 || lowered[j] == 0x27 || lowered[j] == 0x20 { j += 1 }
                var end = j
                while end < lowered.count, HTMLEntities.isAlphanumeric(lowered[end]) || lowered[end] == 0x2D || lowered[end] == 0x5F { end += 1 }
                let label = String(decoding: lowered[j..<end], as: UTF8.self)
                return windows1252Labels.contains(label)
            }
            i += 1
        }
        return false
    }
}
