import ProgrammeCore

/// What the `add-*` commands for records other than MoUs share.
enum AddRecord {
  static func add<T: StoreRecord>(
    _ record: T, describedAs description: Phrase, _ arguments: ParsedArguments, _ context: Context
  ) throws(CommandFailure) {
    let store = try context.store(arguments)
    let dryRun = arguments.flag(.dryRun)
    do {
      try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
        try registry.add(record)
      }
    } catch {
      throw .programme(error)
    }
    var line = context.text(
      dryRun ? .wouldAdd : .added,
      ["record": "\(description.text(in: context.language).escapingControlCharacters)", "file": "\(T.collection.fileName)"])
    if (record.jsonValue["sources"]?.arrayValue ?? []).isEmpty { line += context.text(.unsourcedSuffix) }
    line += context.sourcesAsStored(arguments)
    if dryRun { line += context.text(.dryRunSuffix) }
    context.standardOutput.writeLine(line)
  }
}

// MARK: - Messages

extension Message {
  static let wouldAdd = Message(
    english: "Would add {record} to {file}",
    indonesian: "Akan ditambahkan {record} ke {file}")
}
