import CopydeskCLI

CopydeskCommand.main()
