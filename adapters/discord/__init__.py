"""The Discord adapter: discord.py client, mentions answered with embeds. Translation only."""
