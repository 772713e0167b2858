#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system calls the store and the command line make, by one name on every platform: the C
/// library is Glibc or Musl on Linux and Darwin on macOS, and inside a type with its own `read`
/// or `write` the bare name would mean the method.
package enum POSIX {
  @discardableResult
  package static func close(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
      Glibc.close(descriptor)
    #elseif canImport(Musl)
      Musl.close(descriptor)
    #else
      Darwin.close(descriptor)
    #endif
  }

  package static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.read(descriptor, buffer, count)
    #elseif canImport(Musl)
      Musl.read(descriptor, buffer, count)
    #else
      Darwin.read(descriptor, buffer, count)
    #endif
  }

  package static func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.write(descriptor, buffer, count)
    #elseif canImport(Musl)
      Musl.write(descriptor, buffer, count)
    #else
      Darwin.write(descriptor, buffer, count)
    #endif
  }

  package static func rename(_ source: String, _ destination: String) -> Int32 {
    #if canImport(Glibc)
      Glibc.rename(source, destination)
    #elseif canImport(Musl)
      Musl.rename(source, destination)
    #else
      Darwin.rename(source, destination)
    #endif
  }

  /// Swaps two paths in one step (Linux's `renameat2` with `RENAME_EXCHANGE`): whoever looks
  /// sees one or the other at each path, never neither. Fails with `ENOSYS` or `EINVAL` where the
  /// system or the file system cannot; elsewhere than Linux, always (`ENOSYS`).
  package static func exchange(_ first: String, _ second: String) -> Int32 {
    #if os(Linux)
      // RENAME_EXCHANGE; the C library declares renameat2 only for _GNU_SOURCE, so it is named
      // here by its symbol.
      return systemRenameat2(AT_FDCWD, first, AT_FDCWD, second, 2)
    #else
      errno = ENOSYS
      return -1
    #endif
  }

  package static func link(_ existing: String, _ newPath: String) -> Int32 {
    #if canImport(Glibc)
      Glibc.link(existing, newPath)
    #elseif canImport(Musl)
      Musl.link(existing, newPath)
    #else
      Darwin.link(existing, newPath)
    #endif
  }

  /// The values of the named environment variables that are set (ProcessInfo's first use
  /// instantiates far more than a command needs at start-up, and a command reads a handful).
  package static func environment(named names: [String]) -> [(name: String, value: String)] {
    names.compactMap { name in getenv(name).map { (name: name, value: String(cString: $0)) } }
  }

  /// The current directory's path, or `nil` if it cannot be had (it was removed).
  package static func currentDirectory() -> String? {
    guard let pointer = getcwd(nil, 0) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// The text of an `errno` value, as the system words it.
  package static func describe(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}

#if os(Linux)
  @_silgen_name("renameat2")
  private func systemRenameat2(
    _ fromFolder: Int32, _ from: UnsafePointer<CChar>, _ toFolder: Int32, _ to: UnsafePointer<CChar>, _ flags: UInt32
  ) -> Int32
#endif
