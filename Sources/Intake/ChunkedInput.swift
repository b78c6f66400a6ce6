import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One input (a file, stdin, or bytes already in memory) read a chunk at a time, so that no
/// reader needs a whole file in memory and every read error becomes a sentence, not a crash.
final class ChunkedInput {
    enum Chunk {
        case bytes([UInt8])
        case end
        case failed(String)
    }

    enum Opening {
        case opened(ChunkedInput)
        case failed(String)
    }

    private let handle: FileHandle?
    let chunkSize: Int
    /// Bytes already read (for sniffing, or given in memory) and not yet handed out by `next()`.
    private var unread: [UInt8]
    private var finished = false
    /// Bytes taken from the file so far; tests use it to prove that readers stream.
    private(set) var bytesRead = 0
    /// The size reported before reading, for regular files only (pipes and /proc report nothing useful).
    let declaredSize: Int?

    init(handle: FileHandle, chunkSize: Int, declaredSize: Int? = nil) {
        self.handle = handle
        self.chunkSize = max(1, chunkSize)
        self.declaredSize = declaredSize
        self.unread = []
    }

    init(bytes: [UInt8], chunkSize: Int = 64 << 10) {
        self.handle = nil
        self.chunkSize = max(1, chunkSize)
        self.declaredSize = bytes.count
        self.unread = bytes
        self.bytesRead = bytes.count
    }

    static func open(path: String, chunkSize: Int) -> Opening {
        open(path: PathName(path), chunkSize: chunkSize)
    }

    static func open(path: PathName, chunkSize: Int) -> Opening {
        let fd = path.withCString { openForReading($0) }
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return .failed("vanished before it could be read") }
            return .failed("cannot be read: \(describe(errno: code))")
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            return .failed("cannot be read: \(describe(errno: code))")
        }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR {
            close(fd)
            return .failed("is a folder, not a file")
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        return .opened(
            ChunkedInput(
                handle: handle, chunkSize: chunkSize,
                declaredSize: kind == S_IFREG ? Int(info.st_size) : nil))
    }

    func next() -> Chunk {
        if !unread.isEmpty {
            defer { unread = [] }
            return .bytes(unread)
        }
        guard let handle, !finished else { return .end }
        do {
            guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else {
                finished = true
                return .end
            }
            bytesRead += data.count
            return .bytes([UInt8](data))
        } catch {
            finished = true
            return .failed("read failed after \(bytesRead) bytes: \(Self.describe(error))")
        }
    }

    /// The first `count` bytes (fewer at the end of input), which `next()` will still deliver.
    func peek(_ count: Int) -> Result<[UInt8], ReadFailure> {
        while unread.count < count {
            let before = unread
            unread = []
            switch next() {
            case .bytes(let more):
                unread = before + more
            case .end:
                unread = before
                return .success(unread)
            case .failed(let reason):
                unread = before
                return .failure(ReadFailure(reason: reason))
            }
        }
        return .success(unread)
    }

    /// Skips the first `count` bytes, which `peek` has already read (a byte-order mark).
    func skip(_ count: Int) {
        unread.removeFirst(min(count, unread.count))
    }

    enum WholeRead {
        case bytes([UInt8])
        case tooLarge
        case failed(String)
    }

    /// Everything that is left, refused as soon as it grows past `limit` bytes.
    func readAll(limit: Int) -> WholeRead {
        var all: [UInt8] = []
        if let declaredSize { all.reserveCapacity(min(declaredSize, limit) + 1) }
        while true {
            switch next() {
            case .bytes(let chunk):
                if all.isEmpty { all = chunk } else { all.append(contentsOf: chunk) }
                if all.count > limit { return .tooLarge }
            case .end:
                return .bytes(all)
            case .failed(let reason):
                return .failed(reason)
            }
        }
    }

    struct ReadFailure: Error {
        var reason: String
    }

    static func describe(errno code: Int32) -> String {
        String(cString: strerror(code))
    }

    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return describe(errno: Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return describe(errno: Int32(underlying.code))
        }
        return ns.localizedDescription
    }
}

/// Outside the type, where `open` still names the system call rather than `ChunkedInput.open`.
private func openForReading(_ path: UnsafePointer<CChar>) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC)
}
