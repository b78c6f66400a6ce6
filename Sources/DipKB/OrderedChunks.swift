import Dispatch
import Foundation

/// Costly work done on every core a chunk at a time, its results handed on in input order.
/// While one chunk's results are handed on (written to the database, printed), the next chunk is
/// worked on: at most two chunks are in memory, whatever the size of the input. `dipkb load`,
/// `dipkb extract --stream` and `dipkb load --facts` all go through it.
public final class OrderedChunks<Input: Sendable, Output: Sendable> {
    /// Items worked on together, then handed on together; bounds memory and the latency before
    /// the first result.
    public let chunkSize: Int
    private let work: @Sendable (Input) -> Output
    private let deliver: ([Input], [Output]) throws -> Void
    private var pending: [Input] = []
    private var running: ChunkJob<Input, Output>?

    /// The size of the first chunk; each next one is twice the last, up to `chunkSize`. Nothing
    /// is handed on before the first chunk is worked on whole: `dipkb load`'s writer sat idle
    /// through the extraction of 256 articles (about a twentieth of a 2,000-article load) before
    /// its first write. Sixteen items keep the cores busy from the start, and the doubling makes
    /// only a few more handovers than chunks of `chunkSize` from the start would.
    public static var firstChunkSize: Int { 16 }
    /// The size the pending chunk is started at.
    private var currentChunkSize: Int

    /// `work` runs concurrently on many items; `deliver` runs on the caller's thread, in order.
    public init(
        chunkSize: Int, work: @escaping @Sendable (Input) -> Output,
        deliver: @escaping ([Input], [Output]) throws -> Void
    ) {
        precondition(chunkSize > 0, "a chunk holds at least one item")
        self.chunkSize = chunkSize
        self.work = work
        self.deliver = deliver
        currentChunkSize = min(chunkSize, Self.firstChunkSize)
    }

    public func append(_ input: Input) throws {
        pending.append(input)
        if pending.count >= currentChunkSize {
            currentChunkSize = min(chunkSize, 2 * currentChunkSize)
            try flush()
        }
    }

    /// Hands on everything appended so far.
    public func finish() throws {
        try flush()
        try flush()
    }

    /// Starts the pending chunk and hands on the one started before it. The pending chunk is
    /// started once the one before is worked on whole (the caller helping), so that no two
    /// chunks' workers run at once beside the caller.
    private func flush() throws {
        let previous = running
        let outputs = previous?.wait()
        running = pending.isEmpty ? nil : ChunkJob(inputs: pending, work: work)
        pending.removeAll(keepingCapacity: true)
        if let previous, let outputs { try deliver(previous.inputs, outputs) }
    }
}

/// Read once: on Linux `activeProcessorCount` reads the cgroup's CPU quota and set from /sys at
/// every call (two files opened and read), which `dipkb load` did for every chunk on the writer's thread.
private let backgroundWorkers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)

/// One chunk being worked on: its items are taken one at a time, in the background by one worker
/// fewer than the machine has cores, and by the caller's own thread once it waits for the
/// results. The caller (`dipkb load`'s one writer) thus keeps a core to itself while it writes
/// the chunk before, instead of sharing the cores with as many workers as there are (on two
/// cores it got about half of one while writing), and does the work itself rather than sit idle
/// when the workers are behind.
private final class ChunkJob<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    let inputs: [Input]
    private let work: @Sendable (Input) -> Output
    private let group = DispatchGroup()
    /// Guards `next`, the first item no one has taken yet.
    private let lock = NSLock()
    private var next = 0
    // Each slot is written by whoever took its item, once; all are read after `wait()`, which
    // has seen every worker leave `group`.
    private let slots: UnsafeMutableBufferPointer<Output?>

    /// Background workers per chunk: the machine's cores but the caller's, at least one.
    static var workers: Int { backgroundWorkers }

    init(inputs: [Input], work: @escaping @Sendable (Input) -> Output) {
        self.inputs = inputs
        self.work = work
        slots = .allocate(capacity: inputs.count)
        slots.initialize(repeating: nil)
        for _ in 0..<min(Self.workers, inputs.count) {
            group.enter()
            DispatchQueue.global().async {
                self.takeItems()
                self.group.leave()
            }
        }
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func wait() -> [Output] {
        takeItems()
        group.wait()
        return slots.map { $0! }
    }

    /// Works on items no one has taken, until none is left.
    private func takeItems() {
        while let i = take() { slots[i] = work(inputs[i]) }
    }

    private func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < inputs.count else { return nil }
        next += 1
        return next - 1
    }
}
