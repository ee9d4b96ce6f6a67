"""tipbot's Gradio UI (installed as ``tipbot_ui``): layout and callbacks only; the logic lives in ``tipbot``."""
