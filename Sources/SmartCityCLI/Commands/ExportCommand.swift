import ProgrammeCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension SmartCity {
  /// `smartcity export`: the registry in the formats other tools read.
  enum Export: Command {
    static let formats = ["json", "ndjson", "csv", "sql", "markdown", "html", "site", "geojson"]

    static let commandName = "export"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .exportAbstract,
      discussion: .exportDiscussion,
      options: [
        format,
        collection,
        output,
        bom,
        delimiter,
        baseURL,
      ])

    static let format = OptionSpec("format", value: "format", help: .exportFormat, values: formats, defaultValue: "json")
    static let collection = OptionSpec(
      "collection", value: "collection", help: .exportCollection,
      values: Collection.allCases.map(\.rawValue), defaultValue: .phrase(Phrase(.defaultExportCollection)))
    static let output = OptionSpec("output", value: "file", help: .exportOutput)
    static let bom = OutputFormat.bom
    static let delimiter = OutputFormat.delimiter
    static let baseURL = OptionSpec("base-url", value: "url", help: .exportBaseURL)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let format = arguments.value(Self.format) ?? "json"
      let collection = arguments.value(Self.collection).flatMap(Collection.init(rawValue:))
      if collection != nil, !["json", "ndjson", "csv"].contains(format) {
        throw .usage(.invalidValue(format, option: "--format <format>", reason: Phrase(.collectionNeedsFormat)))
      }
      let csvWriter = try OutputFormat.csvWriter(arguments, format: format)
      let output = try arguments.text(Self.output)
      if format == "site" && output == nil {
        throw .usage(.invalidValue(format, option: "--format <format>", reason: Phrase(.siteNeedsOutput)))
      }
      let baseURL = try arguments.text(Self.baseURL).map { (text: String) throws(CommandFailure) -> String in
        guard format == "site" else {
          throw .usage(.invalidValue(format, option: "--format <format>", reason: Phrase(.baseURLNeedsSite)))
        }
        // Where the site will be published: an address a browser opens, ending at a folder.
        guard Source(url: text).isOpenable, !text.contains("?"), !text.contains("#") else {
          throw .usage(.invalidValue(text.quotedInMessage, option: "--base-url <url>", reason: Phrase(.expectedSiteAddress)))
        }
        return text.hasSuffix("/") ? text : text + "/"
      }
      let store = try context.store(arguments)
      if let output { try Self.refuseInside(store, output, context) }
      let registry = context.reporting(try attempt { () throws(ProgrammeError) in try store.load() })
      if format == "site", let output {
        let files = SiteBuilder.files(for: registry, publishedAt: baseURL)
        try attempt { () throws(ProgrammeError) in try SiteFolder(path: output).replace(with: files) }
        context.standardError.writeLine(
          context.text(.wroteSite, ["folder": "\(output.escapingControlCharacters)", "count": .number(files.count)]))
        return
      }

      // Every collection as CSV in a folder, with the data package that describes the files.
      if format == "csv", collection == nil, let output,
        output.hasSuffix("/") || context.fileSystem.itemKind(at: output) == .directory
      {
        try Self.writeCSVFolder(registry, to: output, csvWriter, context)
        return
      }
      let pieces: [String]
      switch format {
      case "ndjson":
        let writer = JSONWriter(pretty: false)
        pieces = registry.records(of: collection ?? .mous).map { writer.string(for: $0) + "\n" }
      case "csv":
        pieces = [csvWriter.string(for: RecordCSV(collection ?? .mous).table(registry))]
      case "sql":
        pieces = SQLWriter().script(for: registry)
      case "markdown":
        pieces = [markdown(registry, in: context.language)]
      case "geojson":
        pieces = [JSONWriter().string(for: GeoJSONWriter().value(for: registry))]
      case "html":
        pieces = [html(registry, today: context.today, in: context.language)]
      default:
        if let collection {
          pieces = [JSONWriter().string(for: .array(registry.records(of: collection)))]
        } else {
          var members: [String: JSONValue] = [
            "format": .string(Store.formatName), "version": JSONValue(Store.formatVersion),
          ]
          for collection in Collection.allCases { members[collection.rawValue] = .array(registry.records(of: collection)) }
          pieces = [JSONWriter().string(for: .object(members))]
        }
      }
      guard let output else {
        for piece in pieces { context.standardOutput.write(piece) }
        return
      }
      try write(pieces, to: output, context)
      context.standardError.writeLine(
        context.text(.wroteExport, ["file": "\(output.escapingControlCharacters)", "format": "\(format)"]))
    }

    /// `export --format csv --output DIR/`: the registry as flat tables (`TableFolder`: each
    /// collection a table, each list a child table), as `import DIR` reads them back, and
    /// `datapackage.json`, which describes exactly those files.
    static func writeCSVFolder(_ registry: Registry, to folder: String, _ writer: CSVWriter, _ context: Context)
      throws(CommandFailure)
    {
      var files = TableFolder.files(for: registry, writer: writer).map { ($0.name, [$0.bytes]) }
      files.append(("datapackage.json", [JSONWriter().bytes(for: TableFolder.package(writer: writer))]))
      try attempt { () throws(ProgrammeError) in
        let trimmed = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        if context.fileSystem.itemKind(at: trimmed) == .missing {
          do throws(FileSystemError) {
            try context.fileSystem.createDirectories(at: trimmed)
          } catch {
            throw .outputFailed(path: trimmed, reason: error.reason)
          }
        }
        for (name, chunks) in files {
          try OutputFile.write(
            chunks, to: trimmed + "/" + name, fileSystem: context.fileSystem,
            processID: ProcessInfo.processInfo.processIdentifier)
        }
      }
      context.standardError.writeLine(
        context.text(.wroteCSVFolder, ["count": .number(files.count), "folder": "\(folder.escapingControlCharacters)"]))
    }

    /// Refuses an `--output` that would land inside the store's folder (or be the folder): an
    /// export written there would replace a store file outside the lock and the journal.
    static func refuseInside(_ store: Store, _ output: String, _ context: Context) throws(CommandFailure) {
      let inside = try attempt { () throws(ProgrammeError) in
        try OutputFile.lands(output, inside: store.directory, fileSystem: context.fileSystem)
      }
      guard inside else { return }
      throw .usage(
        .invalidValue(
          output.quotedInMessage, option: "--output <file>",
          reason: Phrase(.outputInsideStore, ["store": "\(store.directory)"])))
    }

    /// Writes the export to `--output` (see `OutputFile`: a file is replaced atomically, a
    /// device or `/dev/stdout` is written into).
    static func write(_ pieces: [String], to path: String, _ context: Context) throws(CommandFailure) {
      try attempt { () throws(ProgrammeError) in
        try OutputFile.write(
          pieces.map { Array($0.utf8) }, to: path, fileSystem: context.fileSystem,
          processID: ProcessInfo.processInfo.processIdentifier)
      }
    }

    static func markdown(_ registry: Registry, in language: Language) -> String {
      let report = ProgrammeReport(registry: registry)
      let writer = MarkdownWriter(language: language)
      let sections: [(Message, DataTable)] = [
        (.sectionYears, ReportTables.years(report)),
        (.sectionCohorts, ReportTables.cohorts(report)),
        (.sectionReconciliation, ReportTables.reconciliation(report)),
        (.sectionStages, ReportTables.stages(PipelineReport(registry: registry, cohort: nil))),
        (.sectionParticipants, ParticipantListing.table(registry.participants())),
      ]
      return "# \(Message.htmlTitle.text(in: language))\n\n"
        + sections.map { "## \($0.0.text(in: language))\n\n" + writer.string(for: $0.1) }.joined(separator: "\n")
    }

    static func html(_ registry: Registry, today: CalendarDate, in language: Language) -> String {
      let participants = registry.participants()
      let report = ProgrammeReport(registry: registry)
      let map = IndonesiaMap.of(
        participants, in: registry, colouring: .cohort, language: language,
        title: Phrase(.mapTitle, ["regions": .number(report.regionsInProgramme), "total": .number(report.totalRegions)]).text(
          in: language))
      return HTMLPage(
        report: report,
        pipeline: PipelineReport(registry: registry, cohort: nil),
        provinces: ProvinceReport(registry: registry),
        participants: participants,
        participantsSummary: ParticipantListing.footer(participants, registry: registry, cohort: nil, narrowed: false),
        generatedOn: today, language: language, map: map.pageSVG,
        // The signed members are the participants' table; each later step has its list.
        stepLink: { $1 == .signed ? "#participants" : "#step-\($0)-\($1.rawValue)" },
        steps: HTMLPage.stepLists(
          registry, cohorts: registry.cohorts.map(\.id).sorted(), language: language,
          anchor: { "step-\($0)-\($1.rawValue)" }, regionLink: { _ in nil }),
        countLink: { HTMLPage.countAnchor($0, $1, $2).map { "#" + $0 } },
        counts: HTMLPage.countLists(registry, language: language, regionLink: { _ in nil })
      ).html
    }
  }
}

// MARK: - Messages

extension Message {
  static let collectionNeedsFormat = Message(
    english: "--collection goes with json, ndjson or csv",
    indonesian: "--collection hanya untuk json, ndjson atau csv")
  static let baseURLNeedsSite = Message(
    english: "--base-url goes with site",
    indonesian: "--base-url hanya untuk site")
  static let expectedSiteAddress = Message(
    english: "expected the http or https address the site will be published at, such as https://example.org/smartcity/",
    indonesian: "seharusnya alamat http atau https tempat situs akan diterbitkan, misalnya https://example.org/smartcity/")
  static let exportBaseURL = Message(
    english: "Where the site will be published (site only): its sitemap.xml then lists every page's full address.",
    indonesian: "Alamat tempat situs akan diterbitkan (hanya site): sitemap.xml-nya lalu memuat alamat lengkap setiap halaman.")
  static let sectionParticipants = Message(
    english: "Participants",
    indonesian: "Peserta")
  static let exportAbstract = Message(
    english: "Write the registry as JSON, NDJSON, CSV, SQL, Markdown or a web page.",
    indonesian: "Tulis registri sebagai JSON, NDJSON, CSV, SQL, Markdown atau halaman web.")
  static let exportDiscussion = Message(
    english:
      "json writes every collection in one document (or one collection with --collection); ndjson and csv write one collection, the MoUs by default, one record per line or row (the CSV is what 'smartcity import' reads); sql writes a script that creates the tables with their keys and loads the data, for sqlite3 or psql; markdown writes the report and the participants as tables; html writes one self-contained page with charts. JSON, NDJSON, CSV and SQL are the same in every language; markdown and html follow --lang.",
    indonesian:
      "json menulis semua koleksi dalam satu dokumen (atau satu koleksi dengan --collection); ndjson dan csv menulis satu koleksi, bawaannya nota kesepakatan, satu entri per baris (CSV-nya dapat dibaca 'smartcity import'); sql menulis skrip yang membuat tabel beserta kuncinya dan memuat datanya, untuk sqlite3 atau psql; markdown menulis laporan dan peserta sebagai tabel; html menulis satu halaman mandiri dengan grafik. JSON, NDJSON, CSV dan SQL sama dalam setiap bahasa; markdown dan html mengikuti --lang."
  )
  static let exportFormat = Message(
    english: "What to write.",
    indonesian: "Yang ditulis.")
  static let exportCollection = Message(
    english: "With json, ndjson or csv: only this collection.",
    indonesian: "Dengan json, ndjson atau csv: hanya koleksi ini.")
  static let defaultExportCollection = Message(
    english: "every collection for json, else mous",
    indonesian: "semua koleksi untuk json, selain itu mous")
  static let exportOutput = Message(
    english: "Write to this file (replaced whole) instead of standard output.",
    indonesian: "Tulis ke berkas ini (diganti seluruhnya), bukan ke keluaran standar.")
  static let wroteCSVFolder = Message(
    english:
      "Wrote {count} {count|file|files} into {folder}: the registry as flat CSV tables, and datapackage.json; 'smartcity import {folder}' reads them back",
    indonesian:
      "Menulis {count} berkas ke {folder}: registri sebagai tabel CSV datar, dan datapackage.json; 'smartcity import {folder}' membacanya kembali"
  )
  static let outputInsideStore = Message(
    english: "it is inside the store {store}, whose files only the store's own commands write; write it elsewhere",
    indonesian: "berada di dalam registri {store}, yang berkasnya hanya ditulis perintah registri sendiri; tulis di tempat lain")
  static let siteNeedsOutput = Message(
    english: "a site is a folder of pages: give it with --output DIR",
    indonesian: "situs adalah folder halaman: berikan dengan --output DIR")
  static let wroteSite = Message(
    english: "Wrote the site to {folder} ({count} {count|file|files}); open {folder}/index.html",
    indonesian: "Situs ditulis ke {folder} ({count} berkas); buka {folder}/index.html")
}
