import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// stdout and stderr, written with write(2) and every result checked. Foundation's
/// `FileHandle.write` ends the process with a `try!` backtrace on a full disk or closed
/// descriptor, and `print` loses what C's buffer cannot flush at exit without a word.
///
/// Output (query results, extracted facts, the load summary) that cannot be written is a
/// failure: one line on stderr and exit status 1. A reader that closed its end of a pipe
/// (`dipkb query ... | head`) wanted no more: that ends the command quietly. Diagnostics on
/// stderr are best effort: a load goes on storing when only its warnings cannot be written.
enum StandardStreams {
    /// The output could not be written; the reason is the system's.
    struct OutputLost: Error {
        let reason: String
        /// The reader closed the pipe: nothing to say, and no one to say it to.
        var isClosedPipe: Bool
    }

    /// Writes `text` to stdout whole, or throws.
    static func output(_ text: String) throws {
        try output(Data(text.utf8))
    }

    static func output(_ data: Data) throws {
        if let code = write(data, to: STDOUT_FILENO) {
            let reason = code == EBADF ? "it is closed" : String(cString: strerror(code))
            throw OutputLost(reason: reason, isClosedPipe: code == EPIPE)
        }
    }

    /// Writes one line to stderr; false when it could not be written.
    @discardableResult
    static func error(_ line: String) -> Bool {
        write(Data((line + "\n").utf8), to: STDERR_FILENO) == nil
    }

    /// Makes sure descriptors 0, 1 and 2 are taken before anything opens a file: when dipkb is
    /// started with one of them closed (`dipkb query ... >&-`), the next file opened (a query
    /// file, the database) would get that number and output would be written into it.
    /// /dev/null opened read-only takes the place, so reading finds nothing and writing fails.
    static func reserveClosedDescriptors() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0 && opened != fd {
                _ = dup2(opened, fd)
                close(opened)
            }
        }
    }

    /// The errno that stopped the write, or nil when every byte went out.
    private static func write(_ data: Data, to fd: Int32) -> Int32? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
            guard var next = buffer.baseAddress else { return nil }
            var left = buffer.count
            while left > 0 {
                let written = Foundation.write(fd, next, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                next += written
                left -= written
            }
            return nil
        }
    }
}
