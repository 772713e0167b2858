import Foundation

/// A stream of text (standard output or error, or a buffer in tests), buffered so that a
/// million-row listing is written in large chunks.
final class OutputSink {
  /// Whether the stream is a terminal, which decides tables and colour.
  let isTerminal: Bool
  private let emit: ([UInt8]) -> Void
  private var buffer: [UInt8] = []

  init(isTerminal: Bool, emit: @escaping ([UInt8]) -> Void) {
    self.isTerminal = isTerminal
    self.emit = emit
    buffer.reserveCapacity(1 << 16)
  }

  /// A sink writing to a file descriptor.
  convenience init(descriptor: Int32) {
    self.init(isTerminal: isatty(descriptor) == 1) { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = bytes.withUnsafeBytes { raw in
          Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
        }
        if written <= 0 {
          if written < 0 && errno == EINTR { continue }
          return  // The reader went away (a closed pipe); nothing more can be said.
        }
        offset += written
      }
    }
  }

  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  func writeLine(_ text: String = "") {
    write(text)
    write("\n")
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    emit(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  deinit { flush() }
}
