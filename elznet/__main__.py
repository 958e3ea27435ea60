import sys

from elznet.cli import main

sys.exit(main())
