import Foundation

/// The items a reading yields (`ArticleFiles.forEach`, `RecordLines.forEach`), read on a thread of
/// its own and handed over in order, at most `capacity` ahead of the one taking them. `dipkb load`
/// read its files on the writer's thread, the thread that sets a load's pace (the extraction core
/// has time to spare): the 2,000 bench articles take 0.06–0.12 s to read and parse, a tenth of
/// the load. Memory stays bounded: `capacity` items beside the chunks being extracted and written.
final class ReadAhead<Item: Sendable>: @unchecked Sendable {
    private let capacity: Int
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var items: [Item] = []
    private var first = 0
    private var readingEnded = false
    private var cancelled = false

    /// Thrown into the reading by `put` once the taker has stopped.
    private struct Cancelled: Error {}

    /// Starts `read` on a new thread; it hands each item to the function it is given, which
    /// waits while `capacity` items wait to be taken and throws once the taker has stopped.
    init(capacity: Int, read: @escaping @Sendable (_ put: (Item) throws -> Void) throws -> Void) {
        precondition(capacity > 0, "room for one item at least")
        self.capacity = capacity
        let thread = Thread { [self] in
            try? read { try self.put($0) }
            condition.lock()
            readingEnded = true
            condition.broadcast()
            condition.unlock()
        }
        thread.name = "dipkb-read"
        thread.start()
    }

    /// The next item in reading order, waiting for it; nil once the reading has ended.
    func next() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while first == items.count && !readingEnded { condition.wait() }
        guard first < items.count else { return nil }
        let item = items[first]
        first += 1
        // The items taken are let go of a `capacity` at a time (the array never holds more than
        // twice that), rather than kept until the reading stops being ahead.
        if first >= capacity || first == items.count {
            items.removeFirst(first)
            first = 0
        }
        condition.broadcast()
        return item
    }

    /// Stops the reading (the items not taken are dropped) and waits for its thread to end, so
    /// that nothing of the input is still open once the load returns. Nothing when it has ended.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !readingEnded { condition.wait() }
        items.removeAll()
        first = 0
        condition.unlock()
    }

    private func put(_ item: Item) throws {
        condition.lock()
        defer { condition.unlock() }
        while items.count - first >= capacity && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        items.append(item)
        condition.broadcast()
    }
}
