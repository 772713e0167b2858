/// Memory that one reading thread fills with one file after another.
///
/// A read of the store reads a dozen files: each in fresh memory, the system would hand out (and
/// fault in) new pages for every one of them, a measurable part of a short command. Each file's
/// bytes are valid until the buffer is next filled.
public final class ReadBuffer {
  private var storage: UnsafeMutableRawBufferPointer

  /// A buffer with room for `capacity` bytes to begin with.
  public init(capacity: Int = 0) {
    storage = .allocate(byteCount: max(capacity, 1), alignment: 16)
  }

  deinit { storage.deallocate() }

  /// Room for at least `count` bytes (what was in the buffer is not kept).
  func reserve(_ count: Int) -> UnsafeMutableRawBufferPointer {
    if storage.count < count {
      storage.deallocate()
      storage = .allocate(byteCount: count, alignment: 16)
    }
    return storage
  }

  /// Fills the buffer with a copy of `bytes` (for file systems that only read whole files).
  func fill(with bytes: [UInt8]) -> UnsafeBufferPointer<UInt8> {
    let room = reserve(bytes.count)
    bytes.withUnsafeBytes { room.copyMemory(from: $0) }
    return UnsafeBufferPointer(start: room.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count)
  }
}
