// The meldcode assistant's command line.
Meldcode.main()
