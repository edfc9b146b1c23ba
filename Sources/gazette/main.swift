import GazetteCLI

await GazetteMain.run()
