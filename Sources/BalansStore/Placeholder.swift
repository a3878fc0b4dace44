enum _PlaceholderBalansStore {}
