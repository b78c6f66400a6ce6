import ArticleModel
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The user's paths (files, folders read recursively, "-" for stdin) as a stream of articles
/// and problems, in a stable order (the paths as given, each folder's names sorted). Each
/// file's format comes from its extension confirmed by its content (see `InputFormat`);
/// a file that cannot be read yields one failure and the rest of the batch goes on.
public struct ArticleFiles: Sendable {
    /// The paths as the system has them (bytes, not necessarily UTF-8).
    public var names: [PathName]
    public var options: IntakeOptions
    /// How much is read from a file at once; small in tests that prove streaming.
    var chunkSize = 64 << 10
    /// What "-" reads; tests put a pipe here.
    var standardInput = FileHandle.standardInput

    public init(paths: [String], options: IntakeOptions = IntakeOptions()) {
        self.init(names: paths.map(PathName.init), options: options)
    }

    public init(names: [PathName], options: IntakeOptions = IntakeOptions()) {
        self.names = names
        self.options = options
    }

    public func forEach(_ body: (IntakeItem) throws -> Void) rethrows {
        for path in names {
            if path.bytes == [UInt8(ascii: "-")] {
                let input = ChunkedInput(handle: standardInput, chunkSize: chunkSize)
                try read(input, origin: Origin(path: "-"), named: nil, body)
                continue
            }
            var info = stat()
            guard path.withCString({ stat($0, &info) }) == 0 else {
                let code = errno
                let reason = code == ENOENT ? "no such file or folder" : "cannot be read: \(ChunkedInput.describe(errno: code))"
                try body(.failure(Origin(path: path.display), reason: reason))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                for entry in FolderWalker.entries(under: path) {
                    switch entry {
                    case .file(let file): try readFile(file, body)
                    case .problem(let where_, let reason): try body(.failure(Origin(path: where_.display), reason: reason))
                    }
                }
            } else {
                try readFile(path, body)
            }
        }
    }

    private func readFile(_ path: PathName, _ body: (IntakeItem) throws -> Void) rethrows {
        switch ChunkedInput.open(path: path, chunkSize: chunkSize) {
        case .failed(let reason):
            try body(.failure(Origin(path: path.display), reason: reason))
        case .opened(let input):
            try read(input, origin: Origin(path: path.display), named: path.text, body)
        }
    }

    func read(_ input: ChunkedInput, origin: Origin, named path: String?, _ body: (IntakeItem) throws -> Void) rethrows {
        let limit = options.maxArticleBytes
        let sample: [UInt8]
        switch input.peek(TextBytes.sniffLength) {
        case .success(let bytes): sample = bytes
        case .failure(let failure):
            try body(.failure(origin, reason: failure.reason))
            return
        }
        if sample.isEmpty {
            try body(.failure(origin, reason: "empty file"))
            return
        }
        if let order = TextBytes.utf16BOM(sample) {
            // UTF-16 is rare enough to read whole (within the limit) and re-read as UTF-8.
            switch input.readAll(limit: limit) {
            case .bytes(let bytes):
                let converted = ChunkedInput(bytes: TextBytes.utf8(fromUTF16: bytes, order: order), chunkSize: chunkSize)
                try read(converted, origin: origin, named: path, body)
            case .tooLarge:
                try body(.failure(origin, reason: tooLarge(input.declaredSize)))
            case .failed(let reason):
                try body(.failure(origin, reason: reason))
            }
            return
        }
        if let reason = TextBytes.binaryReason(sample) {
            try body(.failure(origin, reason: reason))
            return
        }
        let bom = TextBytes.hasUTF8BOM(sample) ? 3 : 0
        let format = InputFormat.detect(path: path, sample: Array(sample[bom...]))
        // The JSON readers see the text after the mark, as the format detection did.
        if format == .jsonLines || format == .json { input.skip(bom) }
        switch format {
        case .jsonLines:
            try JSONLinesReader(input: input, path: origin.path, options: options).forEach(body)
            return
        case .json:
            try JSONArrayReader(input: input, path: origin.path, options: options).forEach(body)
            return
        case .plainText, .html:
            break
        }

        // Plain text and HTML are one article each, read whole: refused before reading when
        // the file says it is too large, and while reading when it grows past the limit.
        if let size = input.declaredSize, size > limit {
            try body(.failure(origin, reason: tooLarge(size)))
            return
        }
        var bytes: [UInt8]
        switch input.readAll(limit: limit) {
        case .bytes(let all): bytes = all
        case .tooLarge:
            try body(.failure(origin, reason: tooLarge(nil)))
            return
        case .failed(let reason):
            try body(.failure(origin, reason: reason))
            return
        }
        if bom > 0 { bytes.removeFirst(bom) }
        guard bytes.contains(where: { !TextBytes.isSpace($0) }) else {
            try body(.failure(origin, reason: "empty file (only white space)"))
            return
        }
        var warning: String?
        if format == .html, TextBytes.firstInvalidUTF8(bytes) != nil, HTMLCharset.declaresWindows1252(sample) {
            bytes = TextBytes.utf8(fromWindows1252: bytes)
        } else {
            (bytes, warning) = TextBytes.repairedUTF8(bytes)
        }
        // Past the sample a NUL byte is not caught as binary; it would end the text where C
        // strings end, so it is replaced, never left to cut the article.
        let nulWarning = TextBytes.replacingNUL(&bytes)

        let article: Article
        let dates: [String]
        if format == .html {
            (article, dates) = HTMLArticle.read(bytes)
            guard !article.body.isEmpty else {
                try body(.failure(origin, reason: "no article text found in the HTML page"))
                return
            }
        } else {
            let (read, date) = PlainText.read(String(decoding: bytes, as: UTF8.self))
            guard read.body.utf8.contains(where: { !TextBytes.isSpace($0) }) else {
                try body(.failure(origin, reason: "no article text after the header block"))
                return
            }
            (article, dates) = (read, date.map { [$0] } ?? [])
        }
        try ArticleDelivery.deliver(article, dates: dates, warnings: [warning, nulWarning], origin: origin, options: options, to: body)
    }

    private func tooLarge(_ size: Int?) -> String {
        let limit = options.maxArticleBytes
        if let size { return "file of \(size) bytes exceeds the article limit of \(limit) bytes, refused" }
        return "input exceeds the article limit of \(limit) bytes, refused"
    }
}
