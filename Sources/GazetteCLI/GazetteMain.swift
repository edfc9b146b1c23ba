import ArgumentParser

/// The entry point of the `gazette` executable, so that only this module imports ArgumentParser.
public enum GazetteMain {
    /// Parses the process arguments, runs the command and exits with its status.
    public static func run() async {
        await GazetteCommand.main()
    }
}
