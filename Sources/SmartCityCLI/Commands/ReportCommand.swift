import ProgrammeCore

extension SmartCity {
  /// `smartcity report`: totals per year and per cohort, registered against announced.
  enum Report: Command {
    static let commandName = "report"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .reportAbstract,
      discussion: .reportDiscussion,
      options: [
        by,
        cohort,
        .phaseFilter,
        OutputFormat.option([.table, .tsv, .json, .csv, .markdown]),
        OutputFormat.bom, OutputFormat.delimiter,
      ])

    static let by = OptionSpec(
      "by", value: "section", help: .reportBy,
      values: ["year", "cohort", "province", "reconciliation", "stage", "pillar"])
    static let cohort = OptionSpec("cohort", value: "cohort", help: .reportCohort)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let store = try context.store(arguments)
      let phase = try arguments.year(.phaseFilter)
      let typed = try arguments.text(Self.cohort)
      let (registry, cohort) = try attempt { () throws(ProgrammeError) in
        let registry = try store.load(detail: .summary)
        // A phase is reported as its cohort narrowed to the phase's signings.
        let cohort =
          try phase.map { (year: Int) throws(ProgrammeError) in try registry.requirePhase(year, of: typed).id } ?? typed
        if let cohort { _ = try registry.requireCohort(cohort) }
        return (registry, cohort)
      }
      context.reporting(registry)
      let names = ["year": "years", "cohort": "cohorts", "province": "provinces", "stage": "stages", "pillar": "pillars"]
      let by = arguments.value(Self.by).map { names[$0] ?? $0 }
      // The reconciliation sets the programme's announced totals against all its records: it has
      // no meaning for one cohort, so asking for both is refused rather than half answered.
      if cohort != nil && by == "reconciliation" {
        throw .usage(.invalidValue("reconciliation", option: "--by <section>", reason: Phrase(.reconciliationIsProgrammeWide)))
      }
      // With --cohort, every section counts that cohort's records only.
      let scoped = cohort.map { registry.restricted(toCohort: $0, phase: phase) } ?? registry
      let report = ProgrammeReport(registry: registry, cohort: cohort, phase: phase)
      var sections: [(key: String, title: Message, table: DataTable)] = [
        ("years", .sectionYears, ReportTables.years(report)),
        ("cohorts", .sectionCohorts, ReportTables.cohorts(report)),
        ("reconciliation", .sectionReconciliation, ReportTables.reconciliation(report)),
        ("provinces", .sectionProvinces, ReportTables.provinces(ProvinceReport(registry: scoped))),
        ("stages", .sectionStages, ReportTables.stages(PipelineReport(registry: scoped, cohort: cohort))),
        ("pillars", .sectionPillars, ReportTables.pillars(PillarReport(registry: scoped, cohort: cohort))),
      ]
      if cohort != nil { sections.removeAll { $0.key == "reconciliation" } }
      // A report of several sections is read by people however it is sent: piped, it is the
      // same text without colour. One table per file needs --by.
      let format =
        arguments.value(OutputFormat.option()).flatMap(OutputFormat.init(rawValue:))
        ?? (by == nil ? .table : OutputFormat.chosen(arguments, context))
      if by == nil && (format == .csv || format == .tsv) {
        throw .usage(.invalidValue(format.rawValue, option: "--format <format>", reason: Phrase(.reportFormatNeedsSection)))
      }
      let out = context.standardOutput
      let renderer = try TableRenderer.chosen(format, arguments, context)

      if let by, let section = sections.first(where: { $0.key == by }) {
        renderer.render(section.table, to: out)
        return
      }
      switch format {
      case .json:
        // The programme's own figures, then a table per section.
        let tables = Dictionary(uniqueKeysWithValues: sections.map { ($0.key, $0.table.forMachines) })
        // Every key is always there: for one cohort the reconciliation is null (it has no
        // meaning there), not missing.
        var object = ["programme": ReportTables.programme(report)]
        if cohort != nil { object["reconciliation"] = .null }
        out.write(bytes: JSONWriter().bytes(forObject: object, tables: tables))
      case .csv, .tsv:
        break
      case .table, .markdown:
        for (index, section) in sections.enumerated() where !["provinces", "stages", "pillars"].contains(section.key) {
          if index > 0 { out.writeLine() }
          let title = section.title.text(in: context.language)
          let heading = format == .markdown ? "## \(title)" : Style.bold(title, enabled: context.usesColor(arguments))
          out.writeLine(heading)
          if format == .markdown { out.writeLine() }
          renderer.render(section.table, to: out)
        }
        out.writeLine()
        out.writeLine(ReportTables.summary(report, cohort: cohort, phase: phase).text(in: context.language))
      }
    }
  }
}

// MARK: - Messages

extension Message {
  static let reportAbstract = Message(
    english: "Print per-year and per-cohort totals, registered against announced.",
    indonesian: "Cetak jumlah per tahun dan per angkatan, yang tercatat dibandingkan dengan yang diumumkan.")
  static let reportDiscussion = Message(
    english:
      "MoUs count signings; regions count distinct kabupaten/kota (one region can sign in several cohorts). A cohort whose members are not all registered shows as \"43 of 48 known\". Without --by, the report is text for people, on a terminal or piped; CSV and tab-separated output hold one section, chosen with --by.",
    indonesian:
      "Nota kesepakatan menghitung penandatanganan; daerah menghitung kabupaten/kota yang berbeda (satu daerah dapat menandatangani pada beberapa angkatan). Angkatan yang anggotanya belum semua tercatat tampil sebagai \"43 dari 48 diketahui\". Tanpa --by, laporan berupa teks untuk dibaca, di terminal maupun disalurkan; CSV dan keluaran dipisah tab memuat satu bagian, dipilih dengan --by."
  )
  static let reportBy = Message(
    english: "Print one section only.",
    indonesian: "Cetak satu bagian saja.")
  static let reportCohort = Message(
    english:
      "Count only this cohort's records, in every section (the reconciliation, being of the whole programme, is left out).",
    indonesian:
      "Hitung hanya entri angkatan ini, di setiap bagian (rekonsiliasi, yang mencakup seluruh program, tidak ditampilkan).")
  static let reconciliationIsProgrammeWide = Message(
    english: "the reconciliation sets the programme's announced totals against all its records; leave out --cohort",
    indonesian: "rekonsiliasi membandingkan total yang diumumkan program dengan seluruh entrinya; hilangkan --cohort")
  static let reportFormatNeedsSection = Message(
    english:
      "a CSV or tab-separated report holds one section; choose it with --by (year, cohort, province, reconciliation, stage, pillar), or use --format json for all",
    indonesian:
      "laporan CSV atau dipisah tab memuat satu bagian; pilih dengan --by (year, cohort, province, reconciliation, stage, pillar), atau pakai --format json untuk semuanya"
  )
  static let sectionProvinces = Message(
    english: "Per province",
    indonesian: "Per provinsi")
  static let sectionPillars = Message(
    english: "Quick wins per pillar",
    indonesian: "Quick win per pilar")
  static let summaryInProgramme = Message(
    english: "Regions in the programme: {regions} of {total} ({share}%), from {mous} registered {mous|MoU|MoUs}",
    indonesian: "Daerah dalam program: {regions} dari {total} ({share}%), dari {mous} nota kesepakatan tercatat")
  static let summaryInCohort = Message(
    english: "Regions of cohort {cohort}: {regions} of {total} ({share}%), from {mous} registered {mous|MoU|MoUs}",
    indonesian: "Daerah angkatan {cohort}: {regions} dari {total} ({share}%), dari {mous} nota kesepakatan tercatat")
  static let summaryInPhase = Message(
    english: "Regions of cohort {cohort}, phase {phase}: {regions} of {total} ({share}%), from {mous} registered {mous|MoU|MoUs}",
    indonesian: "Daerah angkatan {cohort}, fase {phase}: {regions} dari {total} ({share}%), dari {mous} nota kesepakatan tercatat"
  )
  static let summaryAnnounced = Message(
    english: "; announced: {count} by {year}",
    indonesian: "; diumumkan: {count} hingga {year}")
  static let summaryUnconfirmed = Message(
    english: "; {count} unconfirmed {count|report|reports} not counted",
    indonesian: "; {count} laporan yang belum terkonfirmasi tidak dihitung")
  static let columnYear = Message(
    english: "Year",
    indonesian: "Tahun")
  static let columnAnnouncedMoUs = Message(
    english: "Announced MoUs",
    indonesian: "MoU diumumkan")
  static let columnMoUs = Message(
    english: "MoUs",
    indonesian: "MoU")
  static let columnNewRegions = Message(
    english: "New regions",
    indonesian: "Daerah baru")
  static let columnReturningRegions = Message(
    english: "Joined before",
    indonesian: "Sudah pernah ikut")
  static let summaryNewAndReturning = Message(
    english: "; {new} new to the programme, {returning} had joined before",
    indonesian: "; {new} baru dalam program, {returning} sudah pernah ikut sebelumnya")
  static let columnCumulativeRegions = Message(
    english: "Regions (cumulative)",
    indonesian: "Daerah (kumulatif)")
  static let columnShareOfAll = Message(
    english: "Of {total} %",
    indonesian: "Dari {total} %")
  static let columnAnnouncedCumulative = Message(
    english: "Announced (cumulative)",
    indonesian: "Diumumkan (kumulatif)")
  static let columnPhase = Message(
    english: "Phase",
    indonesian: "Fase")
  static let columnScope = Message(
    english: "Scope",
    indonesian: "Cakupan")
  static let columnTrack = Message(
    english: "Track",
    indonesian: "Jalur")
  static let columnAnnounced = Message(
    english: "Announced",
    indonesian: "Diumumkan")
  static let columnRegistered = Message(
    english: "Registered",
    indonesian: "Tercatat")
  static let columnComplete = Message(
    english: "Complete",
    indonesian: "Lengkap")
  static let columnStep = Message(
    english: "Step",
    indonesian: "Langkah")
  static let columnNotYetKnown = Message(
    english: "Not yet known",
    indonesian: "Belum diketahui")
  static let columnBeyondAnnounced = Message(
    english: "Beyond announced",
    indonesian: "Melebihi pengumuman")
  static let columnByEndOf = Message(
    english: "By end of",
    indonesian: "Hingga akhir")
  static let columnSignings = Message(
    english: "Signings",
    indonesian: "Penandatanganan")
  static let columnRepeats = Message(
    english: "Repeats",
    indonesian: "Ulangan")
  static let columnMissing = Message(
    english: "Missing",
    indonesian: "Belum tercatat")
  static let columnStated = Message(
    english: "Stated",
    indonesian: "Pernyataan")
  static let columnStatedBy = Message(
    english: "Stated by",
    indonesian: "Dinyatakan oleh")
  static let columnStatedOn = Message(
    english: "Stated on",
    indonesian: "Dinyatakan pada")
  static let columnInferred = Message(
    english: "Inferred, not reported",
    indonesian: "Disimpulkan, bukan diberitakan")
  static let columnStatement = Message(
    english: "Statement",
    indonesian: "Pernyataan")
  static let columnExplanation = Message(
    english: "Explanation",
    indonesian: "Penjelasan")
  static let columnRegions = Message(
    english: "Regions",
    indonesian: "Daerah")
  static let columnInProgramme = Message(
    english: "In programme",
    indonesian: "Dalam program")
  static let columnSharePercent = Message(
    english: "Share %",
    indonesian: "Persentase %")
  static let columnPillar = Message(
    english: "Pillar",
    indonesian: "Pilar")
  static let columnTotal = Message(
    english: "Total",
    indonesian: "Jumlah")
  static let columnKnownMembers = Message(
    english: "Known members",
    indonesian: "Anggota diketahui")
  static let columnWithReports = Message(
    english: "With any report",
    indonesian: "Ada beritanya")
  static let columnReported = Message(
    english: "Reported",
    indonesian: "Diberitakan")
  static let columnImplied = Message(
    english: "Implied",
    indonesian: "Tersirat")
  static let columnReached = Message(
    english: "Reached",
    indonesian: "Tercapai")
}
