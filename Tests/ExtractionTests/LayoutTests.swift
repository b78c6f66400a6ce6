import Testing

@testable import Extraction

// The sixteenth round's paths taken for speed, each held to what they replaced.

/// A token's fields are laid out widest first so that it takes one cache line: a field added, or
/// one moved back behind the flags, would make it 72 bytes again without any test failing.
@Test func aTokenTakesSixtyFourBytes() {
    #expect(MemoryLayout<Token>.size <= 64)
    #expect(MemoryLayout<Token>.stride == 64)
}
