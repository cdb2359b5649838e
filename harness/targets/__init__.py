"""Where the conformance suite runs: the embedded stack (``embedded``, in a process of its own through
``stack_process``) or an external IS. Import the modules themselves: the suite imports ``stack_process``
before anything else, so this package imports nothing.
"""
