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

/// The folder a site is published to. A re-export replaces what the tool wrote there and keeps
/// everything else (a gh-pages checkout's `.git/`, a `CNAME`, a page of somebody's): the new site
/// is built beside the folder with what it keeps linked in, and swapped in at once (Linux's
/// `RENAME_EXCHANGE`), so a reader or a web server sees the old site or the new one, never half
/// and never none. A symbolic link to the folder is followed and stays.
///
/// `.smartcity-site` in the folder lists the files the last export wrote; a file the export
/// would write where something it did not write already is, is refused, naming it. What a killed
/// export leaves beside the folder is removed by the next.
struct SiteFolder {
  static let marker = ".smartcity-site"
  /// The first line of the marker; the lines after it are the files written.
  static let markerHeading = "# written by smartcity export --format site: the files below are replaced on each export"

  var path: String

  func replace(with files: [(path: String, bytes: [UInt8])]) throws(ProgrammeError) {
    // A second guard behind the id rule: every path stays inside the folder.
    for file in files where !Self.staysInside(file.path) {
      throw .invalidInput(field: "--output", reason: Phrase(.sitePathLeavesFolder, ["path": .text(file.path)]))
    }
    let manager = FileManager.default
    let fileSystem = LocalFileSystem()
    // `site/` names the folder `site`: the staging folder and the swap are beside it, never in it.
    var named = path
    while named.count > 1 && named.hasSuffix("/") { named.removeLast() }
    var target = try OutputFile.resolvingLinks(named, fileSystem: fileSystem)
    let kind = fileSystem.itemKind(at: target)
    // A folder by its full path (`.` or `..` have no place beside them to stage in).
    if kind == .directory, let full = fileSystem.canonicalPath(target) { target = full }
    guard kind == .missing || kind == .directory else {
      throw .outputFailed(path: path, reason: Phrase(.siteFolderIsAFile).text(in: .english))
    }
    Self.removeLeftovers(of: target)
    // What is there: the files the last export wrote (all of a folder of an older version's,
    // which replaced the folder whole), and the rest, which is kept.
    var kept: [(path: String, kind: EntryKind)] = []
    if kind == .directory {
      let written = Written(in: target)
      for relative in Self.entries(of: target) where relative != Self.marker {
        let itemKind = Self.kind(of: target + "/" + relative)
        if itemKind == .directory ? written == .everything : written.contains(relative) { continue }
        kept.append((relative, itemKind))
      }
      let newPaths = Set(files.map(\.path))
      let collisions = kept.filter { $0.kind != .directory && newPaths.contains($0.path) }.map(\.path)
      if !collisions.isEmpty {
        throw .invalidInput(
          field: "--output",
          reason: Phrase(.siteWouldOverwrite, ["folder": "\(path)", "files": .shortList(collisions.sorted())]))
      }
    }
    let process = ProcessInfo.processInfo.processIdentifier
    let staging = target + ".smartcity-staging-\(process)"
    do {
      try? manager.removeItem(atPath: staging)
      try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
      var folders: Set<String> = [staging]
      func folder(of relative: String) throws {
        let parent = (staging + "/" + relative).split(separator: "/", omittingEmptySubsequences: false).dropLast()
          .joined(separator: "/")
        if folders.insert(parent).inserted { try manager.createDirectory(atPath: parent, withIntermediateDirectories: true) }
      }
      // What the tool did not write, as it is: files linked (no copy of a large .git), links as
      // links, folders made.
      for item in kept {
        let from = target + "/" + item.path
        let to = staging + "/" + item.path
        switch item.kind {
        case .directory:
          if folders.insert(to).inserted { try manager.createDirectory(atPath: to, withIntermediateDirectories: true) }
        case .symbolicLink:
          try folder(of: item.path)
          try manager.createSymbolicLink(atPath: to, withDestinationPath: manager.destinationOfSymbolicLink(atPath: from))
        default:
          try folder(of: item.path)
          if POSIX.link(from, to) != 0 { try manager.copyItem(atPath: from, toPath: to) }
        }
      }
      for file in files {
        try folder(of: file.path)
        try Self.write(file.bytes, to: staging + "/" + file.path)
      }
      let listing = ([Self.markerHeading] + files.map(\.path).sorted()).joined(separator: "\n") + "\n"
      try Self.write(Array(listing.utf8), to: staging + "/" + Self.marker)
      if kind == .missing {
        try Self.rename(staging, to: target)
      } else {
        try Self.swap(staging, target)
      }
      // `staging` now holds the old site (and links to the kept files, which stay in the new).
      try? manager.removeItem(atPath: staging)
    } catch let error as ProgrammeError {
      try? manager.removeItem(atPath: staging)
      throw error
    } catch {
      try? manager.removeItem(atPath: staging)
      throw .outputFailed(path: path, reason: Self.reason(error))
    }
  }

  /// Puts the new site in the old one's place: at once where the system can swap two folders;
  /// elsewhere by two renames, the old folder put back if the second fails.
  static func swap(_ new: String, _ old: String) throws(ProgrammeError) {
    if POSIX.exchange(new, old) == 0 { return }
    guard errno == ENOSYS || errno == EINVAL else {
      throw .outputFailed(path: old, reason: POSIX.describe(errno))
    }
    let aside = old + ".smartcity-old-\(ProcessInfo.processInfo.processIdentifier)"
    try rename(old, to: aside)
    do {
      try rename(new, to: old)
    } catch {
      try? rename(aside, to: old)
      throw error
    }
    // The old site goes where the caller removes it.
    try rename(aside, to: new)
  }

  static func rename(_ from: String, to: String) throws(ProgrammeError) {
    guard POSIX.rename(from, to) == 0 else { throw .outputFailed(path: to, reason: POSIX.describe(errno)) }
  }

  /// What the last export wrote, from its marker.
  enum Written: Equatable {
    /// No marker: the folder is not a site of this tool; everything in it is somebody's.
    case nothing
    /// An older version's marker, which named no files: it replaced the folder whole.
    case everything
    case files(Set<String>)

    init(in folder: String) {
      guard let bytes = try? LocalFileSystem().readFile(at: folder + "/" + SiteFolder.marker) else {
        self = .nothing
        return
      }
      let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
      self = lines.first == SiteFolder.markerHeading ? .files(Set(lines.dropFirst())) : .everything
    }

    func contains(_ path: String) -> Bool {
      switch self {
      case .nothing: false
      case .everything: true
      case .files(let files): files.contains(path)
      }
    }
  }

  /// Every file, link and folder below `folder`, as paths relative to it, folders before what
  /// they hold.
  static func entries(of folder: String) -> [String] {
    var result: [String] = []
    func walk(_ relative: String) {
      let names =
        (try? FileManager.default.contentsOfDirectory(atPath: relative.isEmpty ? folder : folder + "/" + relative)) ?? []
      for name in names.sorted() {
        let path = relative.isEmpty ? name : relative + "/" + name
        result.append(path)
        if kind(of: folder + "/" + path) == .directory { walk(path) }
      }
    }
    walk("")
    return result
  }

  /// What an entry below the folder is, links not followed.
  enum EntryKind { case file, directory, symbolicLink, other }

  static func kind(of path: String) -> EntryKind {
    var info = stat()
    guard lstat(path, &info) == 0 else { return .other }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: return .directory
    case S_IFLNK: return .symbolicLink
    case S_IFREG: return .file
    default: return .other
    }
  }

  /// Removes what killed exports left beside the folder (a staging folder, an old site set
  /// aside), where the process that made it is gone.
  static func removeLeftovers(of target: String) {
    let parts = target.split(separator: "/", omittingEmptySubsequences: false)
    let name = String(parts.last ?? "")
    let parent = parts.dropLast().joined(separator: "/")
    let folder = parent.isEmpty ? (target.hasPrefix("/") ? "/" : ".") : parent
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
      for infix in [".smartcity-staging-", ".smartcity-old-"] where entry.hasPrefix(name + infix) {
        guard let process = Int32(entry.dropFirst(name.count + infix.count)),
          process != ProcessInfo.processInfo.processIdentifier, kill(process, 0) != 0, errno == ESRCH
        else { continue }
        try? FileManager.default.removeItem(atPath: (folder == "/" ? "" : folder) + "/" + entry)
      }
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

  /// A system call that failed, with its `errno`.
  struct SystemCallFailed: Error {
    var code: Int32
  }

  /// Why a file could not be written, in the system's words ("Permission denied"), never a
  /// dump of the error's value.
  static func reason(_ error: any Error) -> String {
    if let failed = error as? SystemCallFailed { return POSIX.describe(failed.code) }
    if let posix = error as? POSIXError { return POSIX.describe(posix.code.rawValue) }
    if let cocoa = error as? CocoaError, let posix = cocoa.userInfo["NSUnderlyingError"] as? POSIXError {
      return POSIX.describe(posix.code.rawValue)
    }
    return Phrase(.siteWriteRefused).text(in: .english)
  }

  /// A plain write: no flush to disk for each of a thousand pages (the folder is swapped in
  /// whole at the end; a crash before that leaves the old site).
  static func write(_ bytes: [UInt8], to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw SystemCallFailed(code: errno) }
    defer { POSIX.close(descriptor) }
    var written = 0
    try bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let count = POSIX.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
        guard count > 0 else { throw SystemCallFailed(code: errno) }
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
  static let siteWriteRefused = Message(
    english: "the system refused the write",
    indonesian: "sistem menolak penulisan")
  static let siteFolderIsAFile = Message(
    english: "is a file; a site is a folder: name a new, empty or site folder",
    indonesian: "berupa berkas; situs adalah folder: sebutkan folder baru, kosong, atau folder situs")
  static let siteWouldOverwrite = Message(
    english:
      "{folder} holds files this tool did not write where the site's pages go ({files}); move them, or give another folder",
    indonesian:
      "{folder} memuat berkas yang tidak ditulis alat ini di tempat halaman situs ({files}); pindahkan, atau berikan folder lain")
}
