// The global fake of 'electron' is installed here once the host exists (tests/main/fake-electron.ts).
export {}
