enum _PlaceholderBalansImport {}
