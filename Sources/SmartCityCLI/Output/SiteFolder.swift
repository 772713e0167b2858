import ProgrammeCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folder a site is written to, replaced whole: the new site is built beside it and swapped
/// in by renames, so a reader (or a web server) sees the old site or the new one, never half.
/// A folder that holds anything but an earlier site of this tool (or nothing) is refused: its
/// files are somebody's.
struct SiteFolder {
  static let marker = ".smartcity-site"

  var path: String

  func replace(with files: [(path: String, bytes: [UInt8])]) throws(ProgrammeError) {
    let manager = FileManager.default
    let kind = LocalFileSystem().itemKind(at: path)
    if kind != .missing {
      let contents = (try? manager.contentsOfDirectory(atPath: path)) ?? []
      guard kind == .directory, contents.isEmpty || contents.contains(Self.marker) else {
        throw .invalidInput(field: "--output", reason: Phrase(.siteFolderNotOurs, ["folder": "\(path)"]))
      }
    }
    // A second guard behind the id rule: every path stays inside the folder.
    for file in files where !Self.staysInside(file.path) {
      throw .invalidInput(field: "--output", reason: Phrase(.sitePathLeavesFolder, ["path": .text(file.path)]))
    }
    let process = ProcessInfo.processInfo.processIdentifier
    let staging = path + ".tmp-\(process)"
    let previous = path + ".old-\(process)"
    do {
      try? manager.removeItem(atPath: staging)
      try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
      var folders: Set<String> = []
      for file in files {
        let folder = (staging + "/" + file.path).split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
          separator: "/")
        if folders.insert(folder).inserted { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try Self.write(file.bytes, to: staging + "/" + file.path)
      }
      _ = manager.createFile(
        atPath: staging + "/" + Self.marker,
        contents: Data("written by smartcity export --format site; replaced whole on each export\n".utf8))
      if kind != .missing {
        try manager.moveItem(atPath: path, toPath: previous)
        try manager.moveItem(atPath: staging, toPath: path)
        try? manager.removeItem(atPath: previous)
      } else {
        try manager.moveItem(atPath: staging, toPath: path)
      }
    } catch {
      try? manager.removeItem(atPath: staging)
      throw .writeFailed(path: path, reason: "\(error)")
    }
  }

  /// Whether a page's path stays inside the site's folder: relative, its parts names of letters,
  /// digits, `.`, `-` and `_`, none of them empty, `.` or `..`.
  static func staysInside(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    return !parts.isEmpty
      && parts.allSatisfy { part in
        !part.isEmpty && part != "." && part != ".."
          && part.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
              || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
          }
      }
  }

  /// A plain write: no flush to disk for each of a thousand pages (the folder is swapped in
  /// whole at the end; a crash before that leaves the old site).
  static func write(_ bytes: [UInt8], to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
    defer { POSIX.close(descriptor) }
    var written = 0
    try bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let count = POSIX.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
        guard count > 0 else { throw CocoaError(.fileWriteUnknown) }
        written += count
      }
    }
  }
}

// MARK: - Messages

extension Message {
  static let sitePathLeavesFolder = Message(
    english: "the page '{path}' would be written outside the site's folder; nothing was written",
    indonesian: "halaman '{path}' akan ditulis di luar folder situs; tidak ada yang ditulis")
  static let siteFolderNotOurs = Message(
    english: "{folder} holds files that are not a site of this tool; give an empty or new folder",
    indonesian: "{folder} berisi berkas yang bukan situs alat ini; berikan folder kosong atau baru")
}
