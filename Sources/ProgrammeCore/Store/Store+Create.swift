/// Creating a new store.
extension Store {
  /// Creates a store in a new or empty folder, holding the given registry.
  ///
  /// The files are written to a hidden folder beside the target and the folder is then renamed
  /// into place, so an interrupted `init` leaves no half-made store.
  public static func create(
    at directory: String, holding registry: Registry, fileSystem: any FileSystem = LocalFileSystem()
  ) throws(ProgrammeError) {
    switch fileSystem.itemKind(at: directory) {
    case .missing: break
    case .directory:
      let existing = (try? fileSystem.contentsOfDirectory(at: directory)) ?? ["?"]
      guard existing.isEmpty else { throw .storeAlreadyExists(path: directory) }
    case .file, .other: throw .storeAlreadyExists(path: directory)
    }
    let trimmed = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    let parent = trimmed.contains("/") ? String(trimmed[..<(trimmed.lastIndex(of: "/") ?? trimmed.endIndex)]) : "."
    let name = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    let staging = (parent.isEmpty ? "" : parent + "/") + ".\(name).tmp-\(processID)"
    do {
      try fileSystem.createDirectory(at: staging)
      try fileSystem.writeFile(
        JSONWriter().bytes(for: manifest), to: staging + "/" + manifestFile, permissions: 0o644)
      for collection in Collection.allCases {
        try fileSystem.writeFile(
          registry.fileChunks(of: collection), to: staging + "/" + collection.fileName, permissions: 0o644)
      }
      // The description that tells other tools what the files hold.
      try fileSystem.createDirectory(at: staging + "/" + StoreDescription.schemaFolder)
      for file in StoreDescription.files(empty: StoreDescription.emptyCollections(of: registry)) {
        try fileSystem.writeFile(file.bytes, to: staging + "/" + file.path, permissions: 0o644)
      }
      if fileSystem.itemKind(at: trimmed) == .directory { try fileSystem.removeDirectory(at: trimmed) }
      try fileSystem.rename(staging, to: trimmed)
      try fileSystem.synchronizeDirectory(at: parent.isEmpty ? "/" : parent)
    } catch {
      if let names = try? fileSystem.contentsOfDirectory(at: staging + "/" + StoreDescription.schemaFolder) {
        for file in names { try? fileSystem.removeItem(at: staging + "/" + StoreDescription.schemaFolder + "/" + file) }
        try? fileSystem.removeDirectory(at: staging + "/" + StoreDescription.schemaFolder)
      }
      if let names = try? fileSystem.contentsOfDirectory(at: staging) {
        for file in names { try? fileSystem.removeItem(at: staging + "/" + file) }
        try? fileSystem.removeDirectory(at: staging)
      }
      throw .writeFailed(path: error.path, reason: error.reason)
    }
  }

  /// The contents of `registry.json`.
  static var manifest: JSONValue {
    .object([
      "format": .string(formatName),
      "version": JSONValue(formatVersion),
      "title": .string("Gerakan Menuju Smart City registry"),
      "description": .string(
        "The regions of Indonesia's Smart City programme, their MoUs, selection letters and "
          + "cohorts, each record with its sources. Format documented in README.md."),
    ])
  }
}
