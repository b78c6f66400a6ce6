import Foundation
import SQLite

/// Copies a load's committed pages from the WAL into the database file on a thread and a
/// connection of its own, so that the one writer does not. Without it the writer's connection
/// checkpoints whenever the WAL passes `LoadSettings.checkpointPages` (64 MB): on a large database
/// every such checkpoint writes thousands of pages at random places of the file and syncs it while
/// the extraction core idles; and at the end of every load the close copies the whole WAL into
/// the file (22 MB after the 2,000 bench articles) while the other core idles.
///
/// After each commit the writer calls `committed()`, and the checkpointer runs a passive checkpoint
/// (`PRAGMA wal_checkpoint(PASSIVE)`), which waits for no one: it copies the frames no reader still
/// needs and leaves the rest to the next. SQLite starts the WAL again from its beginning only when
/// a write transaction begins with every frame copied, which a writer that never waits does not
/// see: the WAL grew to 800 MB over a 100,000-article load. So once the WAL holds more than
/// `LoadSettings.checkpointPages`, `committed()` waits for a checkpoint that starts after it (the
/// pages of the last transaction or two; the rest were copied meanwhile), and the writer's next
/// transaction starts the WAL again. Crash safety is SQLite's own: a checkpoint copies committed
/// pages only, syncing the WAL before and the database after (`synchronous = NORMAL`), whichever
/// connection runs it.
final class Checkpointer: @unchecked Sendable {
    private let path: String
    /// WAL frames past which the writer waits for the copy to catch up.
    private let walLimit: Int
    private let condition = NSCondition()
    // Guarded by `condition`.
    /// A commit not yet checkpointed.
    private var pending = false
    private var stopping = false
    private var running = true
    /// Checkpoints started and finished; the WAL's frames at the last one's end.
    private var started = 0
    private var finished = 0
    private var walFrames = 0

    /// Starts the thread; its connection is opened there. A connection that cannot be opened
    /// leaves the copying to the writer's connection, as without a checkpointer.
    init(path: String, walLimit: Int = LoadSettings.checkpointPages) {
        self.path = path
        self.walLimit = walLimit
        let thread = Thread { [self] in run() }
        thread.name = "dipkb-checkpoint"
        thread.start()
    }

    /// The writer has committed: its pages are copied into the database soon; when the WAL is
    /// beyond its limit, before this returns.
    func committed() {
        condition.lock()
        defer { condition.unlock() }
        pending = true
        condition.signal()
        guard walFrames > walLimit else { return }
        let wanted = started + 1
        while finished < wanted && running { condition.wait() }
        // That checkpoint saw every frame, the writer waiting: the writer's next transaction
        // starts the WAL again (unless a reader still reads from it), and nothing is waited for
        // until the WAL is past its limit again.
        walFrames = 0
    }

    /// Ends the thread, after a last checkpoint if a commit is waiting for one, and waits for it.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }

    private func run() {
        var database = try? Database(path: path, mode: .readWrite(create: false))
        let checkpoint = try? database?.prepare("PRAGMA wal_checkpoint(PASSIVE)")
        condition.lock()
        while checkpoint != nil {
            while !pending && !stopping { condition.wait() }
            if !pending { break }
            pending = false
            started += 1
            condition.unlock()
            // Columns: busy, the WAL's frames, the frames copied. A failure (SQLITE_BUSY: the
            // writer's connection checkpointing at that moment) leaves the pages to the next.
            var frames: Int?
            if let checkpoint, (try? checkpoint.step()) == true { frames = checkpoint.int(at: 1) }
            checkpoint?.reset()
            condition.lock()
            finished += 1
            if let frames { walFrames = frames }
            condition.broadcast()
        }
        condition.unlock()
        // Closed before `stop()` returns: the writer's connection stays the last, whose close copies
        // what is left and removes the WAL.
        _ = consume checkpoint
        database = nil
        condition.lock()
        running = false
        condition.broadcast()
        condition.unlock()
    }
}
